package stockassistant.domain;

/**
 * The primary database's connection pool as operators watch it (the overview page, the ops
 * timeline): a port the persistence adapter implements, so a reader never guesses which pool a
 * figure belongs to when read replicas have pools of their own.
 */
public interface PrimaryPool {

  Figures figures();

  /**
   * One reading. {@code borrowed}: connections handed out so far; wait times in milliseconds;
   * {@code timeouts}: borrows that gave up; {@code leaks}: connections held past the leak
   * threshold, {@code leaksUnleaked} of them given back later.
   */
  record Figures(int active, int idle, int pending, int total, int max, long borrowed,
      double waitP99Ms, double waitMeanMs, long timeouts, long leaks, long leaksUnleaked) {}
}
