package stockassistant.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

  @Test
  void readsUserAndPasswordOutOfAPostgresqlUrl() {
    var target = DatabaseUrls.parse("postgresql://quant:p%40ss@db.example:6543/market?sslmode=require",
        null, null);

    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/market?sslmode=require");
    assertThat(target.username()).isEqualTo("quant");
    assertThat(target.password()).isEqualTo("p@ss");
  }

  @Test
  void acceptsTheSeedsSqlAlchemyAsyncpgForm() {
    var target = DatabaseUrls.parse("postgresql+asyncpg://u:pw@localhost/stocks", null, null);
    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/stocks");
  }

  @Test
  void keepsAJdbcUrlAsGivenWithSeparateCredentials() {
    var target = DatabaseUrls.parse("jdbc:postgresql://h:5433/d", "me", "pw");
    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5433/d");
    assertThat(target.username()).isEqualTo("me");
  }

  @Test
  void buildsATargetFromTheSeedsPostgresParts() {
    var target = DatabaseUrls.from(new Settings(Map.of("POSTGRES_SERVER", "pg.internal",
        "POSTGRES_PORT", "5544", "POSTGRES_USER", "svc", "POSTGRES_PASSWORD", "hunter2",
        "POSTGRES_DB", "quotes"))).orElseThrow();

    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://pg.internal:5544/quotes");
    assertThat(target.password()).isEqualTo("hunter2");
  }

  @Test
  void nothingConfiguredMeansTheEmbeddedDefault() {
    assertThat(DatabaseUrls.from(new Settings(Map.of()))).isEmpty();
  }

  @Test
  void neverPrintsThePassword() {
    var target = DatabaseUrls.parse("postgresql://u:topsecret@h/d", null, null);
    var withParam = DatabaseUrls.parse("jdbc:postgresql://h/d?user=u&password=topsecret", null, null);

    assertThat(target.toString()).doesNotContain("topsecret");
    assertThat(withParam.maskedUrl()).doesNotContain("topsecret");
    assertThat(withParam.toString()).doesNotContain("topsecret");
  }

  @Test
  void rejectsAnUnknownSchemeWithoutEchoingTheSecret() {
    assertThatThrownBy(() -> DatabaseUrls.parse("mysql://u:topsecret@h/d", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATABASE_URL").hasMessageNotContaining("topsecret");
  }
}
