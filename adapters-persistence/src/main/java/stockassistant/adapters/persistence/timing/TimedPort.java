package stockassistant.adapters.persistence.timing;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A timer around each call of a repository port, as {@link TimedQuoteRepository} times the quote
 * port, for the ports off the bar path: one proxy instead of a hand-written class a port, so a
 * method added to a port is timed without anyone writing a forwarding method. The bar read keeps
 * its own class (no reflective call per page on the hot path). Wrap the SQL side beneath any
 * other decorator (the sealing of API keys) so the timer sees the database alone.
 */
public final class TimedPort {
  private TimedPort() {}

  public static <T> T of(Class<T> port, T inner, MetricRegistry metrics) {
    var timers = new PortTimers(metrics, port);
    Map<Method, Timer> byMethod = new HashMap<>();
    for (Method method : port.getMethods()) {
      if (!method.isDefault()) {
        byMethod.put(method, timers.of(overloaded(port, method)
            ? method.getName() + "(" + method.getParameterTypes()[1].getSimpleName() + ")"
            : method.getName()));
      }
    }
    InvocationHandler handler = (proxy, method, args) -> {
      Timer timer = byMethod.get(method);
      if (timer == null && method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      try (Timer.Context ignored = timer == null ? null : timer.time()) {
        return method.invoke(inner, args);
      } catch (InvocationTargetException failure) {
        throw failure.getCause();
      }
    };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  /** Overloads add the type of the first parameter after the unit of work's handle. */
  private static boolean overloaded(Class<?> port, Method method) {
    return Arrays.stream(port.getMethods())
        .filter(other -> other.getName().equals(method.getName())).count() > 1;
  }
}
