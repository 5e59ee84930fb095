package org.probationinspections.persistence.jdbc;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.UserId;

/** API tokens in {@code api_tokens}, found by the hash of their secret. */
public final class JdbcApiTokens implements ApiTokenRepository {

  private static final String COLUMNS =
      "SELECT id, user_id, name, secret_hash, created, revoked FROM api_tokens";

  private final JdbcTransactions transactions;

  JdbcApiTokens(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<ApiToken> findById(String id) {
    return transactions.read(
        handle -> load(handle, COLUMNS + " WHERE id = :key", id).stream().findFirst());
  }

  @Override
  public Optional<ApiToken> findBySecretHash(String secretHash) {
    return transactions.read(
        handle ->
            load(handle, COLUMNS + " WHERE secret_hash = :key", secretHash).stream().findFirst());
  }

  @Override
  public List<ApiToken> findByUser(UserId user) {
    return transactions.read(
        handle ->
            load(handle, COLUMNS + " WHERE user_id = :key ORDER BY created, id", user.value()));
  }

  @Override
  public void save(ApiToken token) {
    Dialect dialect = transactions.dialect();
    transactions.write(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO api_tokens (id, user_id, name, secret_hash, created, revoked)"
                        + " VALUES (:id, :user, :name, :hash, :created, :revoked)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                        + " revoked = excluded.revoked")
                .bind("id", token.id())
                .bind("user", token.user().value())
                .bind("name", token.name())
                .bind("hash", token.secretHash())
                .bind("created", dialect.instant(token.created()))
                .bind(
                    "revoked",
                    token
                        .revoked()
                        .map(dialect::instant)
                        .orElse(
                            (position, statement, context) ->
                                statement.setNull(
                                    position,
                                    dialect == Dialect.POSTGRESQL
                                        ? java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                                        : java.sql.Types.VARCHAR)))
                .execute());
  }

  private List<ApiToken> load(Handle handle, String sql, String key) {
    Dialect dialect = transactions.dialect();
    return handle
        .createQuery(sql)
        .bind("key", key)
        .map(
            (row, context) ->
                new ApiToken(
                    row.getString("id"),
                    new UserId(row.getString("user_id")),
                    row.getString("name"),
                    row.getString("secret_hash"),
                    dialect.readInstant(row, "created"),
                    row.getObject("revoked") == null
                        ? Optional.empty()
                        : Optional.of(dialect.readInstant(row, "revoked"))))
        .list();
  }
}
