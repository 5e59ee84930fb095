package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.common.ConflictException;

/** Users held in memory, as copies, so that a caller's changes count only once saved. */
public final class InMemoryUsers implements UserRepository {

  private final InMemoryStore store;

  public InMemoryUsers(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return store.read(
        t -> Optional.ofNullable(t.users.get(id)).map(u -> Copies.of(u, u.version())));
  }

  @Override
  public Optional<User> findByUsername(String username) {
    String key = key(username);
    return store.read(
        t ->
            t.users.values().stream()
                .filter(u -> key(u.username()).equals(key))
                .findFirst()
                .map(u -> Copies.of(u, u.version())));
  }

  @Override
  public List<User> findAll() {
    return store.read(
        t ->
            t.users.values().stream()
                .sorted(Comparator.comparing(u -> key(u.username())))
                .map(u -> Copies.of(u, u.version()))
                .toList());
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
          return Versions.USERS.save(
              store, user.id(), user.username(), user.version(), next -> Copies.of(user, next));
        });
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
