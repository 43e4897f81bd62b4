package stockassistant.bootstrap.cli;

/** The exit codes every command shares, and their lines in {@code --help}. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int INCOMPLETE = 3;

  static final String HEADING = "%nExit codes:%n";
  static final String FAILED_LINE = "1:failed: the database could not be reached or refused the "
      + "work (the reason is printed)";
  static final String USAGE_LINE = "2:invalid arguments, files or settings; nothing was started";

  private ExitCodes() {}
}
