package stockassistant.bootstrap.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import stockassistant.bootstrap.doctor.FailureReasons;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failed command prints one clear line and exits non-zero. Settings errors (exit 2) already
 * name the key; anything else (exit 1) is logged at debug level for whoever needs the trace.
 */
final class OneLineErrors implements IExecutionExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(OneLineErrors.class);

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    String name = command.getCommandName();
    if (failure instanceof IllegalArgumentException settings) {
      command.getErr().println(name + ": invalid setting: " + settings.getMessage());
      return 2;
    }
    command.getErr().println(name + ": " + FailureReasons.describe(failure));
    log.debug("{} failed", name, failure);
    return 1;
  }
}
