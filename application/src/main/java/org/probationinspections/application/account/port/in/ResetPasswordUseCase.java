package org.probationinspections.application.account.port.in;

import java.util.Optional;

/** Sets a new password (generated when none is given), which also lifts a lock. */
public interface ResetPasswordUseCase {

  AddUserUseCase.NewPassword reset(String username, Optional<String> password);
}
