package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.common.ConflictException;

/** Users held in memory, as copies, so that a caller's changes count only once saved. */
public final class InMemoryUsers extends InMemoryAggregates<UserId, User>
    implements UserRepository {

  public InMemoryUsers(InMemoryStore store) {
    super(store, Versions.USERS, Comparator.comparing(u -> key(u.username())));
  }

  @Override
  public Optional<User> findByUsername(String username) {
    String key = key(username);
    return first(u -> key(u.username()).equals(key));
  }

  @Override
  public long save(User user) {
    return store.inTransaction(
        () -> {
          store.read(
              t -> {
                if (!t.users.containsKey(user.id())
                    && t.users.values().stream()
                        .anyMatch(u -> key(u.username()).equals(key(user.username())))) {
                  throw new ConflictException(
                      "a user named " + user.username() + " exists already");
                }
                return null;
              });
          return super.save(user);
        });
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
