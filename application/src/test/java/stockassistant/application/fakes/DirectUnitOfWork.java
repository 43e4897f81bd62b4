package stockassistant.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Runs work directly, remembers each unit of work opened ({@code "write:MarketData.upsertBars"}),
 * and knows whether one is open, so fakes can insist on being called inside one.
 */
public final class DirectUnitOfWork implements UnitOfWork {
  private final List<String> opened = new ArrayList<>();
  private boolean open;

  @Override
  public <T> T write(String useCase, Supplier<T> work) {
    return run("write:" + useCase, work);
  }

  @Override
  public <T> T bulkWrite(String useCase, Supplier<T> work) {
    return run("bulk:" + useCase, work);
  }

  @Override
  public <T> T read(String useCase, Supplier<T> work) {
    return run("read:" + useCase, work);
  }

  @Override
  public <T> T readFresh(String useCase, Supplier<T> work) {
    return run("fresh:" + useCase, work);
  }

  /** Every unit of work opened so far, as {@code kind:useCase}. */
  public List<String> opened() {
    return opened;
  }

  public boolean isOpen() {
    return open;
  }

  /** What a repository calls first: the port's contract says it works only inside one. */
  public void requireOpen() {
    if (!open) {
      throw new IllegalStateException("a repository was called outside a unit of work");
    }
  }

  private <T> T run(String label, Supplier<T> work) {
    if (open) {
      throw new IllegalStateException(label + " opened inside another unit of work");
    }
    opened.add(label);
    open = true;
    try {
      return work.get();
    } finally {
      open = false;
    }
  }
}
