package stockassistant.application.ingest;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Where the records of an input go: a facade's write, the one every other caller uses.
 *
 * @param key decides a record's writer lane: every record of one code goes to the same one
 * @param write stores one part; answers the rows written after duplicates were collapsed
 * @param afterBulkLoad what the table needs after an input wrote much of it, or null
 */
public record IngestTarget<T>(Function<T, Object> key, ToIntFunction<List<T>> write,
    Runnable afterBulkLoad) {}
