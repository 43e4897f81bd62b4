package stockassistant.adapters.web.archfixture;

import stockassistant.adapters.persistence.Persistence;

/** Deliberately bad: the web adapter reaching into persistence. Only the ArchUnit tests load it. */
public final class RouteThatQueriesTheDatabase {
  public Object stocks(Persistence persistence) {
    return persistence.stocks();
  }
}
