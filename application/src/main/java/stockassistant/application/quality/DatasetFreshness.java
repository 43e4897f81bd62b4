package stockassistant.application.quality;

import java.time.LocalDate;
import stockassistant.domain.quality.Dataset;

/**
 * How far one dataset is behind: its newest stored day, the newest open day up to today, and
 * the open days between them ({@code ageDays}: 0 when up to date; null when nothing is stored).
 */
public record DatasetFreshness(Dataset dataset, LocalDate newestStored, LocalDate newestOpenDay,
    Integer ageDays) {}
