package stockassistant.adapters.web.archfixture;

import stockassistant.domain.transaction.UnitOfWork;

/** Deliberately bad: a route holding a unit of work around its response. Only ArchUnit loads it. */
public final class RouteThatOpensATransaction {
  public String answer(UnitOfWork work) {
    return work.write("answer", db -> "rows written to the socket while a connection is held");
  }
}
