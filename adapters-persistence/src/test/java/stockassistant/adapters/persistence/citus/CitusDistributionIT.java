package stockassistant.adapters.persistence.citus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.testing.CitusTestCluster;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** The distribution step on a coordinator with one worker, after Flyway (as {@code migrate}). */
class CitusDistributionIT {
  private static CitusTestCluster cluster;

  @BeforeAll
  static void start() {
    cluster = CitusTestCluster.start("citus-distribution", 1);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void spreadsTheSchemaOnceAndKeepsTriggeredAndFlywayTablesLocal() throws SQLException {
    try (Connection connection = TestDatabase.connect(cluster.coordinator())) {
      assertThat(CitusCluster.tables(connection)).containsAllEntriesOf(Map.of(
          "stock_daily", "distributed by third_code",
          "stock_finance", "distributed by third_code",
          "stock_info", "reference",
          "trade_calendar", "reference",
          "stock_suspension", "reference"))
          .as("a row trigger; Flyway's own").doesNotContainKeys("llm_configs", "flyway_schema_history");
      assertThat(colocation(connection, "stock_daily"))
          .isEqualTo(colocation(connection, "stock_finance"));

      assertThat(CitusDistribution.apply(connection)).as("a second run").isEmpty();
    }
  }

  @Test
  void aTableALaterMigrationAddsBecomesAReferenceTableWithItsRows() throws SQLException {
    try (Connection connection = TestDatabase.connect(cluster.coordinator());
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE later_table (id bigint GENERATED ALWAYS AS IDENTITY "
          + "PRIMARY KEY, note text)");
      statement.execute("INSERT INTO later_table (note) VALUES ('a'), ('b')");

      assertThat(CitusDistribution.apply(connection)).containsExactly("later_table: reference table");

      assertThat(CitusCluster.tables(connection)).containsEntry("later_table", "reference");
      statement.execute("INSERT INTO later_table (note) VALUES ('c')");
      try (var rows = statement.executeQuery("SELECT count(*), max(id) FROM later_table")) {
        rows.next();
        assertThat(rows.getLong(1)).as("the rows from before, and one more").isEqualTo(3);
        assertThat(rows.getLong(2)).as("the identity goes on").isEqualTo(3);
      }
    }
  }

  private static long colocation(Connection connection, String table) throws SQLException {
    try (var statement = connection.createStatement(); var rows = statement.executeQuery(
        "SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = '" + table + "'::regclass")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
