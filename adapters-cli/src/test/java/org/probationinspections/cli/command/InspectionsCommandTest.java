package org.probationinspections.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line built for one subcommand holds that subcommand exactly as the full one does. */
class InspectionsCommandTest {

  @Test
  void everySubcommandBuiltAlone_hasItsOwnName_andTheOptionsItHasAmongAll() {
    CommandLine all = InspectionsCommand.commandLine();
    assertEquals(InspectionsCommand.SUBCOMMANDS.keySet(), all.getSubcommands().keySet());
    for (String name : InspectionsCommand.SUBCOMMANDS.keySet()) {
      if (name.equals("help")) {
        continue;
      }
      CommandLine alone = InspectionsCommand.commandLine(name, "--help");
      assertEquals(Set.of(name), alone.getSubcommands().keySet());
      CommandLine built = alone.getSubcommands().get(name);
      assertEquals(name, built.getCommandName());
      assertEquals(
          describe(all.getSubcommands().get(name)), describe(built), "the options of " + name);
    }
  }

  @Test
  void noArguments_anOption_help_orAnUnknownName_buildEverySubcommand() {
    for (String[] args :
        List.of(
            new String[0],
            new String[] {"--help"},
            new String[] {"help", "serve"},
            new String[] {"serv"})) {
      assertEquals(
          InspectionsCommand.SUBCOMMANDS.keySet(),
          InspectionsCommand.commandLine(args).getSubcommands().keySet());
    }
  }

  private static String describe(CommandLine command) {
    StringBuilder text = new StringBuilder(command.getUsageMessage());
    command.getSubcommands().values().forEach(sub -> text.append(describe(sub)));
    return text.toString();
  }
}
