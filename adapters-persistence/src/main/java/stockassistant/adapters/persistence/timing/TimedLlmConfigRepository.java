package stockassistant.adapters.persistence.timing;

import stockassistant.domain.transaction.Db;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.List;
import java.util.Optional;
import stockassistant.domain.llm.LlmConfig;
import stockassistant.domain.llm.LlmConfigRepository;

/**
 * A timer around each call of the LLM config repository (see {@link TimedQuoteRepository}).
 * It wraps the SQL side, beneath the sealing of API keys, so it times the database alone.
 */
public final class TimedLlmConfigRepository implements LlmConfigRepository {
  private final LlmConfigRepository inner;
  private final Timer list;
  private final Timer find;
  private final Timer upsert;
  private final Timer delete;

  public TimedLlmConfigRepository(LlmConfigRepository inner, MetricRegistry metrics) {
    this.inner = inner;
    var timers = new PortTimers(metrics, LlmConfigRepository.class);
    list = timers.of("list");
    find = timers.of("find");
    upsert = timers.of("upsert");
    delete = timers.of("delete");
  }

  @Override
  public List<LlmConfig> list(Db db) {
    return list.timeSupplier(() -> inner.list(db));
  }

  @Override
  public Optional<LlmConfig> find(Db db, String alias) {
    return find.timeSupplier(() -> inner.find(db, alias));
  }

  @Override
  public LlmConfig upsert(Db db, LlmConfig config) {
    return upsert.timeSupplier(() -> inner.upsert(db, config));
  }

  @Override
  public boolean delete(Db db, String alias) {
    return delete.timeSupplier(() -> inner.delete(db, alias));
  }
}
