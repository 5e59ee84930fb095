package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.probationinspections.domain.common.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: its subcommands do the work. */
@Command(
    name = "inspections",
    mixinStandardHelpOptions = true,
    versionProvider = InspectionsCommand.Version.class,
    description = {
      "Probation inspections: ratings, recommendations, regional letters and action plans.",
      "The database is ./data/inspections.db unless --db or INSPECTIONS_DB says otherwise."
    },
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      DbCommand.class,
      DemoCommand.class,
      UsersCommand.class,
      SuggestItemsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class InspectionsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line with one error policy: a business refusal is one line on stderr and exit
   * status 1; a usage error is exit status 2.
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new InspectionsCommand());
    line.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          if (exception instanceof DomainException refusal) {
            commandLine.getErr().println("inspections: " + refusal.getMessage());
            return 1;
          }
          throw exception;
        });
    return line;
  }

  /** Reads the version Maven wrote into the jar's resources. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in =
          InspectionsCommand.class.getResourceAsStream("/inspections-version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"inspections " + properties.getProperty("version", "unknown")};
    }
  }
}
