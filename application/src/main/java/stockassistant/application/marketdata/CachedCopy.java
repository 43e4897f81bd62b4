package stockassistant.application.marketdata;

/**
 * A caller's cached copy of an answer (an HTTP client's ETag), told the bars' write version in
 * the read's first unit of work, before any row is read: on the same borrowed connection, so a
 * conditional read costs one borrow, not two. The version is read before the rows, so an answer
 * is never older than the version it is labelled with.
 */
@FunctionalInterface
public interface CachedCopy {
  /** No copy: the read does not read the version at all. */
  CachedCopy NONE = version -> false;

  /** True when the caller's copy is of this version: the read then reads and delivers no rows. */
  boolean isCurrent(long version);
}
