package org.probationinspections.cli.wiring;

import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.domain.account.Actor;

/**
 * Who acts when a command runs: the command line, named after the operating-system user who ran it.
 * Whoever can run a command can read the database file, so the command line acts as the system.
 */
final class CommandLineActor implements CurrentActor {

  private final Actor actor;

  CommandLineActor(String operatingSystemUser) {
    this.actor = Actor.system("command line (" + operatingSystemUser + ")");
  }

  /** The command line of the user running this process. */
  static CommandLineActor ofThisProcess() {
    return new CommandLineActor(System.getProperty("user.name", "unknown"));
  }

  @Override
  public Actor actor() {
    return actor;
  }
}
