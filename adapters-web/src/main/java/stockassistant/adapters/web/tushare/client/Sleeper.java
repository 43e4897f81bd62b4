package stockassistant.adapters.web.tushare.client;

import java.time.Duration;

/** Waits out an upstream limit; tests pass one that only records the wait. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
