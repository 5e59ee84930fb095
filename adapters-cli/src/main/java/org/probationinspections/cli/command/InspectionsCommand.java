package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
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
    })
public final class InspectionsCommand implements Runnable {

  /** The subcommands by name, in the order the help lists them. */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

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
    return commandLine(new String[0]);
  }

  /**
   * The command line for these arguments. When they start with a subcommand's name, only that
   * subcommand is built: picocli reads every command's options by reflection when it builds it, and
   * building all of them was a sizeable part of a server's start (ADR 9). Otherwise (no arguments,
   * an option, {@code help}, an unknown name) all of them are, for the help and the errors.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine line = new CommandLine(new InspectionsCommand());
    Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (named != null && named != CommandLine.HelpCommand.class) {
      line.addSubcommand(args[0], named);
    } else {
      SUBCOMMANDS.forEach(line::addSubcommand);
    }
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.registerConverter(LocalDate.class, InspectionsCommand::date);
    line.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          commandLine.getErr().println("inspections: " + CommandFailure.describe(exception));
          if (CommandFailure.showsDetails()) {
            exception.printStackTrace(commandLine.getErr());
          }
          return 1;
        });
    return line;
  }

  /** A date on the command line: YYYY-MM-DD, as the API and the exports write them. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date: write it as YYYY-MM-DD, such as 2024-03-31");
    }
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

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("serve", ServeCommand.class);
    commands.put("import", ImportCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("db", DbCommand.class);
    commands.put("demo", DemoCommand.class);
    commands.put("users", UsersCommand.class);
    commands.put("suggest-items", SuggestItemsCommand.class);
    commands.put("recompute", RecomputeCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }
}
