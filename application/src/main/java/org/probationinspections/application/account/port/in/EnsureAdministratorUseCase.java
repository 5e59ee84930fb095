package org.probationinspections.application.account.port.in;

import java.util.Optional;

/**
 * On a first start with no users at all, creates an administrator, with the given password or a
 * generated one; does nothing when any user exists.
 */
public interface EnsureAdministratorUseCase {

  /** The new administrator's name and password, or empty when users existed already. */
  Optional<AddUserUseCase.NewPassword> ensure(String username, Optional<String> password);
}
