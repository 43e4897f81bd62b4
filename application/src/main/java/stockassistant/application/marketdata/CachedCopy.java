package stockassistant.application.marketdata;

/**
 * A caller's cached copy of an answer (an HTTP client's ETag), told the bars' write version in
 * the read's first unit of work: on the same borrowed connection, so a conditional read costs one
 * borrow, not two. A caller that {@link #held holds} a copy is told before any row is read (none
 * is, when the copy is current); one that holds none is told with the first page, read in the same
 * statement. Either way an answer is never older than the version it is labelled with.
 */
@FunctionalInterface
public interface CachedCopy {
  /** No copy: the read does not read the version at all. */
  CachedCopy NONE = version -> false;

  /** True when the caller's copy is of this version: the read then reads and delivers no rows. */
  boolean isCurrent(long version);

  /**
   * Whether the caller holds a copy that may be current (an HTTP request with If-None-Match):
   * only then is the version read on its own, before the rows.
   */
  default boolean held() {
    return true;
  }
}
