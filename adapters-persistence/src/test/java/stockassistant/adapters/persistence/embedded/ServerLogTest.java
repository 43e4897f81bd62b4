package stockassistant.adapters.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTest {
  @TempDir
  Path root;

  @Test
  void aFullDiskIsNamedWhateverCameAfterIt() throws IOException {
    var log = write("""
        2026-12-07 16:50:00.123 UTC [1234] LOG:  checkpoint starting: time
        2026-12-07 16:50:01.000 UTC [1240] PANIC:  could not write to file "/data/pgdata/pg_wal/xlogtemp.1240": No space left on device
        2026-12-07 16:50:01.100 UTC [1234] LOG:  terminating any other active server processes
        2026-12-07 16:50:02.000 UTC [1234] FATAL:  the database system is in recovery mode
        """);
    assertThat(log.reason(0)).isEqualTo("no space left on device (PANIC: could not write to file "
        + "\"xlogtemp.1240\": No space left on device)");
  }

  @Test
  void onlyLinesAfterTheOffsetCount() throws IOException {
    var log = write("2026-12-07 16:50:01.000 UTC [1] FATAL:  could not write lock file "
        + "\"postmaster.pid\": No space left on device\n");
    long from = log.end();
    Files.writeString(log.file(), "2026-12-07 17:00:00.000 UTC [2] LOG:  could not bind IPv4 "
        + "address \"127.0.0.1\": Address already in use\n", StandardOpenOption.APPEND);
    assertThat(log.reason(from)).startsWith("its port is taken by another program");
  }

  @Test
  void aStaleLockAndABadSettingAreSaidInWords() throws IOException {
    assertThat(write("""
        2026 UTC [9] FATAL:  lock file "postmaster.pid" already exists
        2026 UTC [9] HINT:  Is another postmaster (PID 77) running in data directory "/x/pgdata"?
        """).reason(0)).startsWith("a lock file from another server is in the way");
    assertThat(write("""
        2026 UTC [9] LOG:  unrecognized configuration parameter "bogus" in file "/x/pgdata/postgresql.auto.conf" line 3
        2026 UTC [9] FATAL:  configuration file "/x/pgdata/postgresql.auto.conf" contains errors
        """).reason(0)).isEqualTo("its configuration has an error (LOG: unrecognized configuration "
        + "parameter \"bogus\" in file \"postgresql.auto.conf\" line 3)");
  }

  @Test
  void aLogThatSaysNothingGivesNoReason() throws IOException {
    assertThat(write("2026 UTC [9] LOG:  database system is ready to accept connections\n")
        .reason(0)).isNull();
    assertThat(new ServerLog(root.resolve("missing")).reason(0)).isNull();
  }

  private ServerLog write(String text) throws IOException {
    var log = new ServerLog(root);
    Files.writeString(log.file(), text);
    return log;
  }
}
