package org.probationinspections.persistence.jdbc.account;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Versions;

/** Users in {@code users} and {@code user_regions}; a save checks the version it read. */
public final class JdbcUsers extends JdbcStore implements UserRepository {

  private static final String COLUMNS =
      "SELECT id, username, role, password_hash, enabled, failed_logins, locked_until, version"
          + " FROM users";

  private static final String INSERT =
      "INSERT INTO users (id, username, username_key, role, password_hash, enabled,"
          + " failed_logins, locked_until, version) VALUES (:id, :username, :key,"
          + " :role, :hash, :enabled, :failed, :locked, :next)";
  private static final String UPDATE =
      "UPDATE users SET username = :username, username_key = :key, role = :role,"
          + " password_hash = :hash, enabled = :enabled, failed_logins = :failed,"
          + " locked_until = :locked, version = :next"
          + " WHERE id = :id AND version = :read";

  public JdbcUsers(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public Optional<User> findById(UserId id) {
    return transactions.readById(
        Versions.USERS,
        id.value(),
        handle -> load(handle, COLUMNS + " WHERE id = :key", id.value()).stream().findFirst());
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return transactions.read(
        handle ->
            load(handle, COLUMNS + " WHERE username_key = :key", key(username)).stream()
                .findFirst());
  }

  @Override
  public List<User> findAll() {
    return transactions.read(handle -> load(handle, COLUMNS + " ORDER BY username_key", ""));
  }

  @Override
  public long save(User user) {
    return transactions.write(
        handle -> {
          long read = user.version();
          String id = user.id().value();
          if (read == 0
              && handle
                      .createQuery(
                          "SELECT COUNT(*) FROM users WHERE username_key = :key OR id = :id")
                      .bind("key", key(user.username()))
                      .bind("id", id)
                      .mapTo(Long.class)
                      .one()
                  > 0) {
            throw new ConflictException("a user named " + user.username() + " exists already");
          }
          long next =
              Versions.USERS.save(
                  handle,
                  id,
                  user.username(),
                  read,
                  INSERT,
                  UPDATE,
                  row ->
                      row.bind("username", user.username())
                          .bind("key", key(user.username()))
                          .bind("role", user.role().name())
                          .bind("hash", user.passwordHash())
                          .bind("enabled", user.enabled())
                          .bind("failed", user.failedLogins())
                          .bind("locked", dialect.optionalInstant(user.lockedUntil())));
          handle
              .createUpdate("DELETE FROM user_regions WHERE user_id = :id")
              .bind("id", id)
              .execute();
          for (RegionId region : user.regions()) {
            handle
                .createUpdate("INSERT INTO user_regions (user_id, region_id) VALUES (:id, :region)")
                .bind("id", id)
                .bind("region", region.value())
                .execute();
          }
          return next;
        });
  }

  private List<User> load(Handle handle, String sql, String key) {
    return handle
        .createQuery(sql)
        .bind("key", key)
        .map(
            (row, context) -> {
              String id = row.getString("id");
              return User.restore(
                  new UserId(id),
                  row.getString("username"),
                  Role.valueOf(row.getString("role")),
                  regions(handle, id),
                  row.getString("password_hash"),
                  row.getBoolean("enabled"),
                  row.getInt("failed_logins"),
                  dialect.readOptionalInstant(row, "locked_until"),
                  row.getLong("version"));
            })
        .list();
  }

  private static Set<RegionId> regions(Handle handle, String userId) {
    return new HashSet<>(
        handle
            .createQuery("SELECT region_id FROM user_regions WHERE user_id = :id")
            .bind("id", userId)
            .map((row, context) -> new RegionId(row.getString("region_id")))
            .list());
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
