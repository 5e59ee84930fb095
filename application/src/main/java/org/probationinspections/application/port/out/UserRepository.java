package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;

/** Stores user accounts, optimistically like {@link InspectionRepository}; names are unique. */
public interface UserRepository {

  Optional<User> findById(UserId id);

  /** Names compare ignoring case: "Alice" and "alice" are one account. */
  Optional<User> findByUsername(String username);

  /** Every user, by name. */
  List<User> findAll();

  /** Inserts or updates; returns the new version. */
  long save(User user);
}
