package stockassistant.archfixture.cycle.a;

import stockassistant.archfixture.cycle.b.Second;

/** Deliberately bad: half of a package cycle. Only the ArchUnit tests load it. */
public final class First {
  public Second next() {
    return new Second();
  }
}
