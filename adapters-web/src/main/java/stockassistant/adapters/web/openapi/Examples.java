package stockassistant.adapters.web.openapi;

import java.util.Map;
import stockassistant.domain.finance.FinanceMetric;
import stockassistant.domain.quote.BarMetric;

/** Example values: 000001.SZ (Ping An Bank) on 2024-01-02 and its Q1 2024 report. */
final class Examples {
  private static final Map<BarMetric, Double> BAR = Map.ofEntries(
      Map.entry(BarMetric.OPEN, 9.39), Map.entry(BarMetric.HIGH, 9.42),
      Map.entry(BarMetric.LOW, 9.21), Map.entry(BarMetric.CLOSE, 9.21),
      Map.entry(BarMetric.PRE_CLOSE, 9.39), Map.entry(BarMetric.CHANGE, -0.18),
      Map.entry(BarMetric.PCT_CHG, -1.9169), Map.entry(BarMetric.VOL, 1158366.45),
      Map.entry(BarMetric.AMOUNT, 1075742.252), Map.entry(BarMetric.ADJ_FACTOR, 108.031),
      Map.entry(BarMetric.TURNOVER_RATE, 0.5969), Map.entry(BarMetric.TURNOVER_RATE_F, 0.9997),
      Map.entry(BarMetric.VOLUME_RATIO, 0.94), Map.entry(BarMetric.PE, 4.6203),
      Map.entry(BarMetric.PE_TTM, 4.5019), Map.entry(BarMetric.PB, 0.4994),
      Map.entry(BarMetric.PS, 1.0858), Map.entry(BarMetric.PS_TTM, 1.1213),
      Map.entry(BarMetric.DV_RATIO, 6.8266), Map.entry(BarMetric.DV_TTM, 6.8266),
      Map.entry(BarMetric.TOTAL_SHARE, 1940591.8198),
      Map.entry(BarMetric.FLOAT_SHARE, 1940560.7393),
      Map.entry(BarMetric.FREE_SHARE, 1158745.0581),
      Map.entry(BarMetric.TOTAL_MV, 17872850.66), Map.entry(BarMetric.CIRC_MV, 17872564.41));
  private static final Map<String, Double> FINANCE = Map.of("eps", 0.66, "dt_eps", 0.66,
      "bps", 22.28, "roe", 2.97, "debt_to_assets", 91.57);
  private static final Map<String, String> STOCK = Map.ofEntries(Map.entry("area", "深圳"),
      Map.entry("industry", "银行"), Map.entry("market", "主板"),
      Map.entry("fullname", "平安银行股份有限公司"), Map.entry("enname", "Ping An Bank Co., Ltd."),
      Map.entry("cnspell", "payh"), Map.entry("exchange", "SZSE"), Map.entry("curr_type", "CNY"),
      Map.entry("list_status", "L"), Map.entry("is_hs", "S"), Map.entry("source", "tushare"));

  private Examples() {}

  static Double bar(BarMetric metric) {
    return BAR.get(metric);
  }

  /** A few known figures; the other indicators read as null, as many do in real reports. */
  static Double finance(FinanceMetric metric) {
    return FINANCE.get(metric.column());
  }

  static String stock(String column) {
    return STOCK.get(column);
  }
}
