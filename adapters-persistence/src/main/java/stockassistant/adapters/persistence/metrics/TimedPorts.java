package stockassistant.adapters.persistence.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A timer per repository method, named {@code repository.<Port>.<method>} (e.g.
 * {@code repository.QuoteRepository.upsertAll}). One decorator for every port: the timing
 * concern does not change when a port gains a method. Streaming reads are timed to their last row.
 */
public final class TimedPorts {
  private TimedPorts() {}

  public static <T> T wrap(Class<T> port, T target, MetricRegistry metrics) {
    Map<Method, Timer> timers = new ConcurrentHashMap<>();
    Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        (self, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
          }
          Timer timer = timers.computeIfAbsent(method, m -> metrics.timer(
              MetricRegistry.name("repository", port.getSimpleName(), m.getName())));
          try (Timer.Context ignored = timer.time()) {
            return method.invoke(target, args);
          } catch (InvocationTargetException failure) {
            throw failure.getCause();
          }
        });
    return port.cast(proxy);
  }
}
