package stockassistant.adapters.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded server's pg_hba.conf, held to one rule: every line asks for a password
 * ({@code scram-sha-256}) or rejects. Older data directories were initialised with {@code trust},
 * which let any local process in as the superuser; {@link #requirePasswords} rewrites such lines
 * in place and keeps every other line (and its order) as it was.
 */
final class PgHbaFile {
  static final String METHOD = "scram-sha-256";
  private static final Pattern IP_WITHOUT_MASK_LENGTH = Pattern.compile("[0-9.]+|[0-9A-Fa-f:]+:[0-9A-Fa-f:.]*");

  private final Path file;

  PgHbaFile(Path dataDir) {
    this.file = dataDir.resolve("pg_hba.conf");
  }

  /** True when no line lets a client in without a password. */
  boolean requiresPasswordsEverywhere() {
    return read().stream().map(PgHbaFile::methodIndex).allMatch(index -> index == null);
  }

  void requirePasswords() {
    var rewritten = new ArrayList<String>();
    for (String line : read()) {
      Integer index = methodIndex(line);
      if (index == null) {
        rewritten.add(line);
        continue;
      }
      List<String> fields = fields(line);
      // options after the method (ldapserver=..., map=...) belong to the old method: dropped
      rewritten.add(String.join(" ", fields.subList(0, index)) + " " + METHOD
          + "   # was: " + fields.get(index));
    }
    try {
      Files.write(file, rewritten, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot rewrite " + file, failure);
    }
  }

  private List<String> read() {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + file, failure);
    }
  }

  /**
   * Where the authentication method sits in a rule that does not ask for a password, or null
   * for a comment, a blank line, an include, or a rule already on scram-sha-256 or reject.
   */
  private static Integer methodIndex(String line) {
    List<String> fields = fields(line);
    if (fields.isEmpty() || !fields.get(0).equals("local") && !fields.get(0).startsWith("host")) {
      return null;
    }
    int index;
    if (fields.get(0).equals("local")) {
      index = 3;
    } else {
      // host DATABASE USER ADDRESS METHOD, or host DATABASE USER IP-ADDRESS IP-MASK METHOD
      boolean separateMask = fields.size() > 5 && !fields.get(3).contains("/")
          && IP_WITHOUT_MASK_LENGTH.matcher(fields.get(3)).matches();
      index = separateMask ? 5 : 4;
    }
    if (fields.size() <= index) {
      return null;
    }
    String method = fields.get(index);
    return method.equals(METHOD) || method.equals("reject") ? null : index;
  }

  private static List<String> fields(String line) {
    int hash = line.indexOf('#');
    String rule = (hash < 0 ? line : line.substring(0, hash)).strip();
    return rule.isEmpty() ? List.of() : Arrays.asList(rule.split("\\s+"));
  }
}
