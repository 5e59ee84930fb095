package org.probationinspections.application.account;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.account.port.in.AddUserUseCase.NewPassword;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.account.Role;

/** Creates the first administrator when there is no user at all. */
record EnsureAdministratorService(Accounts accounts, UnitOfWork unitOfWork)
    implements EnsureAdministratorUseCase {

  @Override
  public Optional<NewPassword> ensure(String username, Optional<String> password) {
    accounts.requireManager();
    return unitOfWork.inTransaction(
        () ->
            accounts.users().findAll().isEmpty()
                ? Optional.of(accounts.create(username, Role.ADMIN, List.of(), password))
                : Optional.empty());
  }
}
