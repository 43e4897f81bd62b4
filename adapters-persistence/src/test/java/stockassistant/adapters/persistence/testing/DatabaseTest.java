package stockassistant.adapters.persistence.testing;

import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import stockassistant.adapters.persistence.Persistence;
import stockassistant.domain.transaction.Db;

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

  /**
   * Runs repository calls in a write unit of work, as a use case would; with the long bulk
   * budget, since these tests are about SQL, not time (the budgets have tests of their own).
   */
  protected static <T> T write(Function<Db, T> work) {
    return persistence.unitOfWork().bulkWrite("test.write", work);
  }

  /** Runs repository calls in a read unit of work, as a use case would. */
  protected static <T> T read(Function<Db, T> work) {
    return persistence.unitOfWork().read("test.read", work);
  }
}
