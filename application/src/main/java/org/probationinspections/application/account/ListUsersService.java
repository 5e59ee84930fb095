package org.probationinspections.application.account;

import java.util.List;
import org.probationinspections.application.account.port.in.ListUsersUseCase;
import org.probationinspections.application.account.port.in.UserView;

/** Lists users for an administrator. */
public final class ListUsersService implements ListUsersUseCase {

  private final Accounts accounts;

  ListUsersService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public List<UserView> list() {
    accounts.requireManager();
    return accounts.users.findAll().stream().map(accounts::view).toList();
  }
}
