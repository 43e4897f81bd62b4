package stockassistant.domain;

/** A nullable numeric column of a market record, named as in Tushare and the database. */
public interface Metric {
  /** The snake_case column and JSON field name. */
  String column();
}
