package stockassistant.adapters.web.tushare.client;

/**
 * One page as the upstream sent it: {@code code} 0 with its rows, decoded as they were read, or
 * a non-zero code and its message. {@code hasMore} is null when the answer did not say.
 */
record UpstreamAnswer(int code, String message, UpstreamRows.Page<?> rows, Boolean hasMore) {

  int size() {
    return rows == null ? 0 : rows.size();
  }
}
