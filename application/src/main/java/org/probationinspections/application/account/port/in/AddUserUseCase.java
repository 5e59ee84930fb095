package org.probationinspections.application.account.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.common.Require;

/** Adds a user; without a password one is generated and returned, to be shown once. */
public interface AddUserUseCase {

  NewPassword add(Command command);

  /** {@code regions}: names or ids of the regions a provider is scoped to. */
  record Command(String username, Role role, List<String> regions, Optional<String> password) {
    public Command {
      username = Require.text("username", username);
      Require.present("role", role);
      regions = Require.entries("regions", Require.present("regions", regions));
      Require.present("password", password);
    }
  }

  /** The user's name and the password to hand over (generated or as given). */
  record NewPassword(String username, String password, boolean generated) {}
}
