package org.probationinspections.cli.command;

import java.io.PrintStream;
import java.util.Optional;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;

/**
 * What {@code serve} does before it listens: fills an empty database with the demo dataset when
 * asked, and on a first start with no users creates the administrator.
 */
public record ServerStart(DemoLoader demo, EnsureAdministratorUseCase administrator) {

  void loadDemoIfEmpty(PrintStream out) {
    demo.loadIfEmpty(out);
  }

  /** Creates the administrator 'admin' when there is no user, and says its password once. */
  void ensureAdministrator(Optional<String> password, PrintStream out) {
    administrator
        .ensure("admin", password)
        .ifPresent(
            admin -> {
              out.println("No users yet: created the administrator 'admin'.");
              UsersCommand.printPassword(admin);
              out.println("Sign in at /login; add people with './inspections users add'.");
            });
  }
}
