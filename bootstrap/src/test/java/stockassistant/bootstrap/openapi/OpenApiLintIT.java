package stockassistant.bootstrap.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import stockassistant.bootstrap.support.ExternalTool;

/**
 * The document the build exported (the one the Java client is generated from, and equal to the
 * served one: see TryItClientIT) through the linters users run: Redocly's recommended rules and
 * Spectral's spectral:oas, with no error.
 */
class OpenApiLintIT {
  private static final Path DOCUMENT = Path.of(System.getProperty("stockassistant.openapi.file",
      "target/openapi/openapi.json"));
  private static final Path TOOLS = Path.of(System.getProperty("stockassistant.lint.dir",
      "../.ci/openapi-lint"));
  /** A finding of severity error in the stylish format both print: "  47:23  error  rule ...". */
  private static final String ERROR_LINE = "(?m)^\\s*\\d+:\\d+\\s+error\\s";
  private static final String INSTALL = "npm ci --prefix .ci/openapi-lint";

  @Test
  void redoclyRecommendedFindsNoError() {
    var redocly = ExternalTool.find("redocly", INSTALL, TOOLS.resolve("node_modules/.bin/redocly"));
    assertThat(DOCUMENT).exists();

    var result = redocly.run(null, "lint", "--extends=recommended", "--format=stylish",
        DOCUMENT.toString());

    System.out.println(result.output());
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).as(result.output()).doesNotContainPattern(ERROR_LINE);
  }

  @Test
  void spectralOasFindsNoError() throws Exception {
    var spectral = ExternalTool.find("spectral", INSTALL, TOOLS.resolve("node_modules/.bin/spectral"));
    assertThat(DOCUMENT).exists();
    Path ruleset = Files.writeString(Files.createTempFile("spectral", ".yaml"),
        "extends: [\"spectral:oas\"]\n");

    var result = spectral.run(null, "lint", "--ruleset", ruleset.toString(),
        "--fail-severity=error", DOCUMENT.toString());

    Files.delete(ruleset);
    System.out.println(result.output());
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).as(result.output()).doesNotContainPattern(ERROR_LINE);
  }
}
