package stockassistant.adapters.web.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import stockassistant.adapters.persistence.testing.TestDatabase;

/** One API server per test class, on the real database, emptied before each test. */
public abstract class ApiTest {
  protected static ApiServer server;
  protected static Http http;

  @BeforeAll
  static void startServer() {
    server = ApiServer.start();
    http = server.client();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }
}
