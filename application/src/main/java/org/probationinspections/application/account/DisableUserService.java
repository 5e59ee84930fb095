package org.probationinspections.application.account;

import org.probationinspections.application.account.port.in.DisableUserUseCase;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.account.User;

/** Disables a user. */
record DisableUserService(Accounts accounts, UnitOfWork unitOfWork) implements DisableUserUseCase {

  @Override
  public void disable(String username) {
    accounts.requireManager();
    unitOfWork.inTransaction(
        () -> {
          User user = accounts.user(username);
          user.disable();
          return accounts.users().save(user);
        });
  }
}
