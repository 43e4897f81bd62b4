package stockassistant.domain.quote;

/** A bar in a full-market cross-section, with the stock's name (null when the stock is unknown). */
public record MarketBar(DailyBar bar, String stockName) {}
