package stockassistant.adapters.web.tushare.client;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stockassistant.adapters.web.codec.Fields;
import stockassistant.domain.calendar.ExchangeDay;
import stockassistant.domain.calendar.Suspension;
import stockassistant.domain.finance.FinanceReport;
import stockassistant.domain.quote.DailyBar;
import stockassistant.domain.stock.Stock;
import stockassistant.domain.stock.ThirdCode;
import stockassistant.domain.sync.Dataset;
import stockassistant.domain.sync.FeedRows;
import stockassistant.domain.sync.FeedStopped;
import stockassistant.domain.sync.FeedUsage;
import stockassistant.domain.sync.MarketFeed;

/**
 * The market as Tushare Pro (or anything speaking its protocol, such as this service's own
 * {@code /tushare}) serves it. Every question is paged with {@code limit}/{@code offset} until an
 * answer says there is no more ({@code has_more} false; an upstream that does not say is asked
 * until a page comes back empty), each page at the api's pace. A per-minute limit is waited out
 * and the pace lowered, without counting as a failure; server errors, resets and timeouts are
 * retried with exponential backoff (Resilience4j {@link Retry}), then stop the run; every other
 * refusal stops it at once, with the upstream's message and the api.
 */
public final class TushareClient implements MarketFeed {
  private static final Logger log = LoggerFactory.getLogger(TushareClient.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  /** Minute limits in a row on one page before giving up: an upstream that never lets us in. */
  private static final int MAX_MINUTE_WAITS = 30;
  /** Pages of one question before giving up: an upstream that ignores offset would never end. */
  private static final int MAX_PAGES = 10_000;
  static final Duration MINUTE = Duration.ofSeconds(60);

  private final UpstreamCall call;
  private final Pace pace;
  private final Retry retry;
  private final Sleeper sleeper;
  private final int pageRows;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong waits = new AtomicLong();

  public TushareClient(TushareSettings settings, Sleeper sleeper) {
    this.call = new UpstreamCall(HttpClient.newBuilder()
        .connectTimeout(settings.callTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build(), settings);
    this.pace = new Pace(settings.callsPerMinute());
    this.retry = Retry.of("tushare", RetryConfig.custom()
        .maxAttempts(settings.attempts())
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.firstBackoff(), 2.0, 0.3))
        .retryExceptions(TransientFailure.class)
        .build());
    this.sleeper = sleeper;
    this.pageRows = settings.pageRows();
  }

  @Override
  public FeedRows<Stock> stocks(String listStatus) {
    return ask(TushareApis.STOCK_BASIC, Map.of("list_status", listStatus), null, TushareApis::stock);
  }

  @Override
  public FeedRows<ExchangeDay> calendar(String exchange, LocalDate from, LocalDate to) {
    return ask(TushareApis.TRADE_CAL, Map.of("exchange", exchange, "start_date", DAY.format(from),
        "end_date", DAY.format(to)), null, TushareApis::calendarDay);
  }

  @Override
  public FeedRows<DailyBar> day(Dataset dataset, LocalDate day) {
    return ask(TushareApis.of(dataset), Map.of("trade_date", DAY.format(day)), day,
        TushareApis::bar);
  }

  @Override
  public FeedRows<Suspension> suspensions(LocalDate day) {
    return ask(TushareApis.SUSPEND_D, Map.of("trade_date", DAY.format(day)), day,
        TushareApis::suspension);
  }

  @Override
  public FeedRows<FinanceReport> reports(ThirdCode code) {
    return ask(TushareApis.FINA_INDICATOR, Map.of("ts_code", code.value()), null,
        TushareApis::report);
  }

  @Override
  public FeedUsage usage() {
    return new FeedUsage(calls.get(), waits.get());
  }

  private <T> FeedRows<T> ask(TushareApis.Api api, Map<String, Object> params, LocalDate day,
      Function<Fields, T> decoder) {
    var rows = new UpstreamRows<>(api.name(), day, decoder);
    int offset = 0;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      Map<String, Object> paged = new LinkedHashMap<>(params);
      paged.put("limit", pageRows);
      paged.put("offset", offset);
      UpstreamAnswer page = page(api, paged, rows);
      rows.keep(page.rows());
      offset += page.size();
      boolean more = page.hasMore() != null ? page.hasMore() && page.size() > 0 : page.size() > 0;
      if (!more) {
        return rows.result();
      }
    }
    throw new FeedStopped(FeedStopped.Reason.REFUSED, api.name(), "still answering after "
        + MAX_PAGES + " pages; does the upstream honour offset?");
  }

  /** One page: at the api's pace, minute limits waited out, transient failures retried. */
  private UpstreamAnswer page(TushareApis.Api api, Map<String, Object> params,
      UpstreamRows<?> rows) {
    for (int minuteWaits = 0; ; minuteWaits++) {
      UpstreamAnswer answer;
      try {
        answer = retry.executeSupplier(() -> {
          pace.await(api.name());
          calls.incrementAndGet();
          return call.post(api.name(), params, api.fields(), rows.page());
        });
      } catch (TransientFailure gaveUp) {
        throw new FeedStopped(FeedStopped.Reason.UNAVAILABLE, api.name(), gaveUp.getMessage());
      }
      if (answer.code() == 0) {
        return answer;
      }
      OptionalInt perMinute = LimitMessages.perMinute(answer.message());
      if (perMinute.isEmpty()) {
        throw new FeedStopped(LimitMessages.stopReason(answer.message()), api.name(),
            answer.message() + " (code " + answer.code() + ")");
      }
      if (minuteWaits >= MAX_MINUTE_WAITS) {
        throw new FeedStopped(FeedStopped.Reason.UNAVAILABLE, api.name(),
            "still over the per-minute limit after " + MAX_MINUTE_WAITS + " waits");
      }
      waitOutTheMinute(api.name(), perMinute.getAsInt());
    }
  }

  private void waitOutTheMinute(String api, int allowed) {
    waits.incrementAndGet();
    pace.slowDown(api, allowed);
    log.info("{}: the upstream allows {} calls a minute; waiting a minute", api, allowed);
    try {
      sleeper.sleep(MINUTE);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new FeedStopped(FeedStopped.Reason.UNAVAILABLE, api, "interrupted");
    }
  }
}
