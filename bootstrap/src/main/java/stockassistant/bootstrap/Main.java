package stockassistant.bootstrap;

/** The jar's entry point; the commands live in {@link stockassistant.bootstrap.cli.Main}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    stockassistant.bootstrap.cli.Main.main(args);
  }
}
