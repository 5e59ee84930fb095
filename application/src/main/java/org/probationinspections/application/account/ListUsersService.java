package org.probationinspections.application.account;

import java.util.List;
import org.probationinspections.application.account.port.in.ListUsersUseCase;
import org.probationinspections.application.account.port.in.UserView;

/** Lists users for an administrator. */
record ListUsersService(Accounts accounts) implements ListUsersUseCase {

  @Override
  public List<UserView> list() {
    accounts.requireManager();
    return accounts.users().findAll().stream().map(accounts::view).toList();
  }
}
