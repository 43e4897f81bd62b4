package stockassistant.adapters.persistence.archfixture;

import stockassistant.domain.transaction.UnitOfWork;

/** Deliberately bad: a repository deciding its own unit of work. Only the ArchUnit tests load it. */
public final class RepositoryThatOpensItsOwnTransaction {
  private final UnitOfWork work;

  public RepositoryThatOpensItsOwnTransaction(UnitOfWork work) {
    this.work = work;
  }

  public int count() {
    return work.read("count", db -> 0);
  }
}
