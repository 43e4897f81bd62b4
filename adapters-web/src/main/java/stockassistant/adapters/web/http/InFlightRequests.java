package stockassistant.adapters.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts requests being served, around the whole servlet chain: the count goes down however a
 * request ends (a client that hung up, an exception, a response Javalin writes after the
 * handler), which a counter in Javalin's handlers or request logger cannot promise. Shutdown
 * waits on this count.
 */
public final class InFlightRequests implements Filter {
  private final AtomicInteger running = new AtomicInteger();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    running.incrementAndGet();
    try {
      chain.doFilter(request, response);
    } finally {
      running.decrementAndGet();
    }
  }

  public int count() {
    return running.get();
  }
}
