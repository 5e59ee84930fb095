package org.probationinspections.cli.command;

import java.io.PrintStream;
import java.util.Optional;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;

/**
 * What {@code serve} does before it listens: fills an empty database with the demo dataset when
 * asked, and on a first start with no users creates the administrator.
 */
public record ServerStart(DemoLoader demo, EnsureAdministratorUseCase administrator) {

  /**
   * Everything {@code serve} does before it listens, saying so on {@code out}: with {@code demo},
   * fills an empty database with the demo dataset; creates the administrator when there is no user
   * (with {@code adminPassword}, else a generated one printed once).
   */
  public void prepare(boolean demo, Optional<String> adminPassword, PrintStream out) {
    if (demo) {
      loadDemoIfEmpty(out);
    }
    ensureAdministrator(adminPassword, out);
    if (demo) {
      out.println(
          "Demo: anyone may read without signing in; sign in as 'admin' to change things"
              + " ('./inspections users reset-password admin' prints a new password).");
    }
  }

  private void loadDemoIfEmpty(PrintStream out) {
    demo.loadIfEmpty(out);
  }

  /** Creates the administrator 'admin' when there is no user, and says its password once. */
  private void ensureAdministrator(Optional<String> password, PrintStream out) {
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
