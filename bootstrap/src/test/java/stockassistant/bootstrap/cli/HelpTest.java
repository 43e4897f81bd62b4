package stockassistant.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpTest {
  private final CommandLine main = new CommandLine(new Main());

  @Test
  void everyCommandListsItsExitCodes() {
    for (CommandLine command : allCommands(main)) {
      if (command.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
        continue;
      }
      assertThat(command.getUsageMessage()).as(command.getCommandName())
          .contains("Exit codes:").contains("  0 ").contains("  2 ");
    }
    assertThat(main.getSubcommands().get("import").getUsageMessage()).contains("  3 ");
  }

  @Test
  void everyBenchOptionSaysWhatItIsAndItsDefault() {
    for (CommandLine bench : main.getSubcommands().get("bench").getSubcommands().values()) {
      for (OptionSpec option : bench.getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp() || option.longestName().equals("--config")
            || option.longestName().equals("--verbose")) {
          continue;
        }
        String description = String.join(" ", option.description());
        // a default worked out at run time (from the data, say) is said in words instead
        String computed = option.defaultValue() == null ? "(default: " : "(default " + option.defaultValue() + ")";
        assertThat(description).as(bench.getCommandName() + " " + option.longestName())
            .containsAnyOf("(default " + option.defaultValue() + ")", "(required)", computed);
      }
    }
  }

  private static List<CommandLine> allCommands(CommandLine root) {
    var all = new ArrayList<CommandLine>(List.of(root));
    root.getSubcommands().values().forEach(sub -> all.addAll(allCommands(sub)));
    return all;
  }
}
