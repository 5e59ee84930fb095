package org.probationinspections.application.account;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.account.port.in.AddUserUseCase.NewPassword;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.account.Role;

/** Creates the first administrator when there is no user at all. */
public final class EnsureAdministratorService implements EnsureAdministratorUseCase {

  private final Accounts accounts;
  private final UnitOfWork unitOfWork;

  EnsureAdministratorService(Accounts accounts, UnitOfWork unitOfWork) {
    this.accounts = accounts;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<NewPassword> ensure(String username, Optional<String> password) {
    accounts.requireManager();
    return unitOfWork.inTransaction(
        () ->
            accounts.users.findAll().isEmpty()
                ? Optional.of(accounts.create(username, Role.ADMIN, List.of(), password))
                : Optional.empty());
  }
}
