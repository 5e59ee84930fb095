package org.probationinspections.persistence.jdbc.account;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/** API tokens in {@code api_tokens}, found by the hash of their secret. */
public final class JdbcApiTokens extends JdbcStore implements ApiTokenRepository {

  private static final String COLUMNS =
      "SELECT id, user_id, name, secret_hash, created, revoked FROM api_tokens";

  private final RowMapper<ApiToken> token;

  public JdbcApiTokens(JdbcTransactions transactions) {
    super(transactions);
    this.token =
        (row, context) ->
            new ApiToken(
                row.getString("id"),
                new UserId(row.getString("user_id")),
                row.getString("name"),
                row.getString("secret_hash"),
                dialect.readInstant(row, "created"),
                dialect.readOptionalInstant(row, "revoked"));
  }

  @Override
  public Optional<ApiToken> findById(String id) {
    return transactions.first(COLUMNS + " WHERE id = :key", q -> q.bind("key", id), token);
  }

  @Override
  public Optional<ApiToken> findBySecretHash(String secretHash) {
    return transactions.first(
        COLUMNS + " WHERE secret_hash = :key", q -> q.bind("key", secretHash), token);
  }

  @Override
  public List<ApiToken> findByUser(UserId user) {
    return transactions.list(
        COLUMNS + " WHERE user_id = :key ORDER BY created, id",
        q -> q.bind("key", user.value()),
        token);
  }

  @Override
  public void save(ApiToken token) {
    transactions.update(
        "INSERT INTO api_tokens (id, user_id, name, secret_hash, created, revoked)"
            + " VALUES (:id, :user, :name, :hash, :created, :revoked)"
            + " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            + " revoked = excluded.revoked",
        row ->
            row.bind("id", token.id())
                .bind("user", token.user().value())
                .bind("name", token.name())
                .bind("hash", token.secretHash())
                .bind("created", dialect.instant(token.created()))
                .bind("revoked", dialect.optionalInstant(token.revoked())));
  }
}
