package stockassistant.domain.stock;

import java.util.List;

/**
 * Which stocks a search returns: each given criterion must match exactly; a null one (or no
 * codes) matches every stock. A stock stored without a list_status counts as listed ("L"), and
 * one without an exchange as that of its code's suffix (SH: SSE, SZ: SZSE, BJ: BSE).
 */
public record StockSearch(List<ThirdCode> codes, String name, String market, String listStatus,
    String exchange, String isHs) {

  public StockSearch {
    codes = codes == null ? List.of() : List.copyOf(codes);
  }
}
