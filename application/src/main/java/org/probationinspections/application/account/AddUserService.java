package org.probationinspections.application.account;

import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.port.out.UnitOfWork;

/** Adds a user; only an administrator may. */
record AddUserService(Accounts accounts, UnitOfWork unitOfWork) implements AddUserUseCase {

  @Override
  public NewPassword add(Command command) {
    accounts.requireManager();
    return unitOfWork.inTransaction(
        () ->
            accounts.create(
                command.username(), command.role(), command.regions(), command.password()));
  }
}
