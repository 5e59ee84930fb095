package org.probationinspections.application.account;

import java.util.Optional;
import org.probationinspections.application.account.port.in.AddUserUseCase.NewPassword;
import org.probationinspections.application.account.port.in.ResetPasswordUseCase;
import org.probationinspections.domain.account.User;

/** Gives a user a new password (and lifts a lock). */
record ResetPasswordService(Accounts accounts) implements ResetPasswordUseCase {

  @Override
  public NewPassword reset(String username, Optional<String> password) {
    accounts.requireManager();
    String secret = password.map(Secrets::checkedPassword).orElseGet(Secrets::password);
    User user = accounts.user(username);
    user.changePassword(accounts.passwords().hash(secret));
    accounts.users().save(user);
    return new NewPassword(user.username(), secret, password.isEmpty());
  }
}
