package stockassistant.archfixture.cycle.b;

import stockassistant.archfixture.cycle.a.First;

/** Deliberately bad: the other half of a package cycle. Only the ArchUnit tests load it. */
public final class Second {
  public First back() {
    return null;
  }
}
