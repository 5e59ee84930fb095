package org.probationinspections.application.account;

import org.probationinspections.application.account.port.in.DisableUserUseCase;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.account.User;

/** Disables a user. */
public final class DisableUserService implements DisableUserUseCase {

  private final Accounts accounts;
  private final UnitOfWork unitOfWork;

  DisableUserService(Accounts accounts, UnitOfWork unitOfWork) {
    this.accounts = accounts;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void disable(String username) {
    accounts.requireManager();
    unitOfWork.inTransaction(
        () -> {
          User user = accounts.user(username);
          user.disable();
          return accounts.users.save(user);
        });
  }
}
