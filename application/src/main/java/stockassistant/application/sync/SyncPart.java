package stockassistant.application.sync;

/** What a sync run fills: the stock list, the bars by day (with calendar and suspensions), finance. */
public enum SyncPart {
  STOCKS,
  BARS,
  FINANCE
}
