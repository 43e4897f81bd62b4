package stockassistant.domain.quote;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import stockassistant.domain.MetricValues;
import stockassistant.domain.stock.ThirdCode;

/**
 * One page of a bar read, held as columns: a primitive array per metric instead of an object
 * per row and a boxed number per value. A full-market day is ~5,500 rows x 25 metrics; as
 * {@link DailyBar}s that is ~140,000 boxed doubles and 11,000 maps per request, as a page it is
 * 25 arrays. Writers that turn many rows into bytes (the HTTP API) read the columns;
 * {@link #bar(int)} gives a row as a record for everyone else.
 *
 * <p>A missing value (NULL) is NaN inside the page: stored values are always finite
 * ({@link MetricValues} refuses anything else), so NaN can mean nothing but "unknown".
 */
public final class BarPage {
  private final List<BarMetric> metrics;
  private final int size;
  private final String[] codes;
  private final int[] epochDays;
  private final double[][] values;
  private final String[] sources;
  private final String[] stockNames;

  private BarPage(List<BarMetric> metrics, int size, String[] codes, int[] epochDays,
      double[][] values, String[] sources, String[] stockNames) {
    this.metrics = metrics;
    this.size = size;
    this.codes = codes;
    this.epochDays = epochDays;
    this.values = values;
    this.sources = sources;
    this.stockNames = stockNames;
  }

  /**
   * @param metrics the metric columns the page carries
   * @param withStockNames whether rows carry the stock's name (the cross-section)
   * @param expectedRows a first capacity; the page grows past it
   */
  public static Builder builder(Set<BarMetric> metrics, boolean withStockNames, int expectedRows) {
    return new Builder(metrics, withStockNames, expectedRows);
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The metric columns, in {@link BarMetric} order. */
  public List<BarMetric> metrics() {
    return metrics;
  }

  public boolean hasStockNames() {
    return stockNames != null;
  }

  /** The third_code of row {@code row} as stored (always well-formed). */
  public String code(int row) {
    return codes[checked(row)];
  }

  public int epochDay(int row) {
    return epochDays[checked(row)];
  }

  public LocalDate tradeDate(int row) {
    return LocalDate.ofEpochDay(epochDay(row));
  }

  /** The value of the page's {@code column}-th metric (see {@link #metrics()}); NaN when unknown. */
  public double value(int column, int row) {
    return values[column][checked(row)];
  }

  public String source(int row) {
    return sources[checked(row)];
  }

  /** The stock's name, null when unknown or when the page carries no names. */
  public String stockName(int row) {
    return stockNames == null ? null : stockNames[checked(row)];
  }

  /** Row {@code row} as a record, with the page's columns (others unknown). */
  public DailyBar bar(int row) {
    checked(row);
    // straight into the bar's values: no map, no boxed double per value (the in-process reads
    // make a bar of every row)
    MetricValues.Builder<BarMetric> present = MetricValues.builder(BarMetric.class);
    for (int column = 0; column < metrics.size(); column++) {
      double value = values[column][row];
      if (!Double.isNaN(value)) {
        present.put(metrics.get(column), value);
      }
    }
    return new DailyBar(ThirdCode.of(codes[row]), tradeDate(row), present.build(), sources[row]);
  }

  /** The ordering key of row {@code row}: where the next page of a read starts. */
  public BarKey key(int row) {
    return new BarKey(ThirdCode.of(code(row)), tradeDate(row));
  }

  /** The first {@code rows} rows (this page when it has no more), sharing the arrays. */
  public BarPage head(int rows) {
    return rows >= size ? this
        : new BarPage(metrics, Math.max(0, rows), codes, epochDays, values, sources, stockNames);
  }

  public MarketBar marketBar(int row) {
    return new MarketBar(bar(row), stockName(row));
  }

  private int checked(int row) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException("row " + row + " of a page of " + size);
    }
    return row;
  }

  /** Fills a page row by row: {@link #add} a row, then {@link #set} its known values. */
  public static final class Builder {
    private final List<BarMetric> metrics;
    private final boolean withStockNames;
    private int size;
    private String[] codes;
    private int[] epochDays;
    private double[][] values;
    private String[] sources;
    private String[] stockNames;

    private Builder(Set<BarMetric> metrics, boolean withStockNames, int expectedRows) {
      this.metrics = metrics.stream().sorted().toList();
      this.withStockNames = withStockNames;
      int capacity = Math.max(16, expectedRows);
      codes = new String[capacity];
      epochDays = new int[capacity];
      values = new double[this.metrics.size()][capacity];
      sources = new String[capacity];
      stockNames = withStockNames ? new String[capacity] : null;
    }

    public List<BarMetric> metrics() {
      return metrics;
    }

    /** Starts a row, every value unknown; returns its index. */
    public int add(String code, int epochDay, String source, String stockName) {
      if (size == codes.length) {
        grow();
      }
      codes[size] = code;
      epochDays[size] = epochDay;
      // one String for a run of equal sources: most pages hold one value only
      sources[size] = size > 0 && source != null && source.equals(sources[size - 1])
          ? sources[size - 1] : source;
      if (withStockNames) {
        stockNames[size] = stockName;
      }
      for (double[] column : values) {
        column[size] = Double.NaN;
      }
      return size++;
    }

    /** Adds a record as a row, with the page's metrics of it. */
    public void add(DailyBar bar, String stockName) {
      add(bar.thirdCode().value(), (int) bar.tradeDate().toEpochDay(), bar.source(), stockName);
      for (int column = 0; column < metrics.size(); column++) {
        Double value = bar.get(metrics.get(column));
        if (value != null) {
          set(column, value);
        }
      }
    }

    /** Sets the value of the {@code column}-th metric of the last row added. */
    public void set(int column, double value) {
      values[column][size - 1] = value;
    }

    public int size() {
      return size;
    }

    public BarPage build() {
      return new BarPage(metrics, size, codes, epochDays, values, sources, stockNames);
    }

    private void grow() {
      int capacity = codes.length * 2;
      codes = Arrays.copyOf(codes, capacity);
      epochDays = Arrays.copyOf(epochDays, capacity);
      for (int column = 0; column < values.length; column++) {
        values[column] = Arrays.copyOf(values[column], capacity);
      }
      sources = Arrays.copyOf(sources, capacity);
      if (withStockNames) {
        stockNames = Arrays.copyOf(stockNames, capacity);
      }
    }
  }
}
