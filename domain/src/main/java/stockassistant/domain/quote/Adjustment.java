package stockassistant.domain.quote;

/** Which prices a read returns: as stored, forward-adjusted (前复权) or backward-adjusted (后复权). */
public enum Adjustment {
  /** As stored. */
  NONE,
  /** qfq: price x adj_factor / the adj_factor of the last bar read, so the latest prices stay. */
  QFQ,
  /** hfq: price x adj_factor, so the earliest prices stay. */
  HFQ
}
