package org.probationinspections.cli;

import org.probationinspections.cli.command.InspectionsCommand;

/** The {@code inspections} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit status, for tests and for {@link #main}. */
  public static int run(String... args) {
    return InspectionsCommand.commandLine(args).execute(args);
  }
}
