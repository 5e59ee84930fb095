package org.probationinspections.application.account.port.in;

import java.util.List;

/** Every user by name, with their tokens (never a secret or a hash). */
public interface ListUsersUseCase {

  List<UserView> list();
}
