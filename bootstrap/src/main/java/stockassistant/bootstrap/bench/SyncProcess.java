package stockassistant.bootstrap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import stockassistant.adapters.persistence.pool.DatabaseTarget;

/**
 * `sync` of this same jar in a child process with the launcher's JVM defaults, as a user runs it:
 * its RSS is the sync's alone (not the bench's upstream, market model or importer), sampled from
 * /proc every 250 ms while it runs.
 */
final class SyncProcess {
  private static final long SAMPLE_MS = 250;
  /** The launcher's defaults for `sync`: serve's, with a 128 MB heap and the throughput collector. */
  private static final List<String> JVM = ServeChild.JVM.stream()
      .map(option -> switch (option) {
        case "-Xmx192m" -> "-Xmx128m";
        case "-XX:+UseG1GC" -> "-XX:+UseParallelGC";
        default -> option;
      }).toList();

  /** What one run showed: its RSS samples (MB) from the upstream's first answer to its exit. */
  record Run(List<Long> rssMb, long endNanos) {
    long maxMb() {
      return rssMb.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /** RSS at 0, 25, 50, 75 and 100 % of the run's time. */
    String quarters() {
      var text = new StringBuilder();
      for (int quarter = 0; quarter <= 4; quarter++) {
        int at = rssMb.isEmpty() ? -1 : Math.min(rssMb.size() - 1, quarter * (rssMb.size() - 1) / 4);
        text.append(quarter == 0 ? "" : ", ").append(at < 0 ? "-" : rssMb.get(at).toString());
      }
      return text.toString();
    }
  }

  private SyncProcess() {}

  /**
   * Runs `sync --only bars --from .. --to ..` against {@code upstream} into {@code database}
   * (its URL says the schema), unthrottled, and waits for it; fails unless it exits 0.
   *
   * @param firstCall nanoTime of the upstream's first answer, 0 until then: the clock and the
   *     samples start there, so the JVM's start is not counted against the sync
   */
  static Run run(DatabaseTarget database, java.net.URI upstream, LocalDate from, LocalDate to,
      LongSupplier firstCall) throws Exception {
    Path jar = ServeChild.jar("bench sync runs the sync from the packaged jar: run it through "
        + "./stock-assistant");
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java")));
    command.addAll(JVM);
    // as the launcher: JAVA_OPTS after the defaults, so any of them can be overridden
    String javaOpts = System.getenv("JAVA_OPTS");
    if (javaOpts != null && !javaOpts.isBlank()) {
      command.addAll(List.of(javaOpts.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString(), "sync", "--only", "bars",
        "--from", from.toString(), "--to", to.toString()));
    Path log = Files.createTempFile("bench-sync-", ".log");
    var builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    var env = builder.environment();
    env.put("DATABASE_URL", database.jdbcUrl());
    if (database.username() != null) {
      env.put("POSTGRES_USER", database.username());
    }
    if (database.password() != null) {
      env.put("POSTGRES_PASSWORD", database.password());
    }
    env.remove("DATABASE_MIGRATION_URL");
    env.remove("DATABASE_READ_URL");
    env.put("MIGRATE_ON_START", "false");
    env.put("TUSHARE_URL", upstream.toString());
    env.put("TUSHARE_TOKEN", "bench");
    env.put("TUSHARE_CALLS_PER_MINUTE", "6000000");
    env.put("MALLOC_ARENA_MAX", "2");
    Process process = builder.start();
    List<Long> samples = new ArrayList<>();
    while (!process.waitFor(SAMPLE_MS, TimeUnit.MILLISECONDS)) {
      if (firstCall.getAsLong() != 0) {
        long mb = ProcessRss.mb(process.pid());
        if (mb >= 0) {
          samples.add(mb);
        }
      }
    }
    long end = System.nanoTime();
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "the sync exited %d; its output: %s", process.exitValue(), log));
    }
    Files.deleteIfExists(log);
    return new Run(samples, end);
  }

}
