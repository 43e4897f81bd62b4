package stockassistant.adapters.persistence.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import stockassistant.adapters.persistence.Persistence;

/** One pool per test class on the real test database, whose tables are emptied before each test. */
public abstract class DatabaseTest {
  protected static Persistence persistence;

  @BeforeAll
  static void openPersistence() {
    persistence = TestDatabase.persistence();
  }

  @AfterAll
  static void closePersistence() {
    persistence.close();
  }

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }
}
