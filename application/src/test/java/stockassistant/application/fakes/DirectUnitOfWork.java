package stockassistant.application.fakes;

import java.util.function.Supplier;
import stockassistant.domain.transaction.UnitOfWork;

/** Runs work directly and counts how many transactions were opened. */
public final class DirectUnitOfWork implements UnitOfWork {
  private int opened;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    opened++;
    return work.get();
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    opened++;
    return work.get();
  }

  public int opened() {
    return opened;
  }
}
