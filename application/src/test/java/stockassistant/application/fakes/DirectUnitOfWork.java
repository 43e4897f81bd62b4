package stockassistant.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import stockassistant.domain.transaction.Db;
import stockassistant.domain.transaction.UnitOfWork;

/**
 * Runs work directly, remembers each unit of work opened ({@code "write:MarketData.upsertBars"}),
 * and knows whether one is open, so fakes can insist on being called with its live handle.
 */
public final class DirectUnitOfWork implements UnitOfWork {
  private final List<String> opened = new ArrayList<>();
  private boolean open;
  private Db handle;

  @Override
  public <T> T write(String useCase, Function<Db, T> work) {
    return run("write:" + useCase, work);
  }

  @Override
  public <T> T bulkWrite(String useCase, Function<Db, T> work) {
    return run("bulk:" + useCase, work);
  }

  @Override
  public <T> T read(String useCase, Function<Db, T> work) {
    return run("read:" + useCase, work);
  }

  @Override
  public <T> T readFresh(String useCase, Function<Db, T> work) {
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
  public void requireOpen(Db db) {
    if (!open || db != handle) {
      throw new IllegalStateException("a repository was called without the open unit of work");
    }
  }

  private <T> T run(String label, Function<Db, T> work) {
    if (open) {
      throw new IllegalStateException(label + " opened inside another unit of work");
    }
    opened.add(label);
    open = true;
    handle = new Db() {};
    try {
      return work.apply(handle);
    } finally {
      open = false;
      handle = null;
    }
  }
}
