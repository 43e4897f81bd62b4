package stockassistant.domain.quote;

import java.time.LocalDate;
import stockassistant.domain.stock.ThirdCode;

/** Identifies one daily bar: a security on a trading day. */
public record BarKey(ThirdCode thirdCode, LocalDate tradeDate) {}
