package stockassistant.adapters.web.tushare;

import java.util.List;
import java.util.function.Consumer;
import stockassistant.application.Window;

/**
 * One {@code api_name}: what it answers, the params it reads (besides limit and offset, which
 * every api takes), its fields and how it reads its rows.
 */
record TushareApi<T>(String name, String description, List<String> params,
    TushareColumns<T> columns, Rows<T> rows) {

  /**
   * Reads the params (refusing a bad one before any database work), then streams the rows of
   * the window to the sink; returns whether rows were left beyond the window's limit.
   */
  @FunctionalInterface
  interface Rows<T> {
    boolean stream(TushareParams params, Window window, Consumer<T> sink);
  }
}
