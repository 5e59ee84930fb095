package org.probationinspections.persistence.jdbc;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.application.port.out.SessionRepository;

/** Browser sessions in {@code web_sessions}, shared by every server on the database. */
public final class JdbcSessions implements SessionRepository {

  private final JdbcTransactions transactions;

  JdbcSessions(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<StoredSession> find(String idHash) {
    Dialect dialect = transactions.dialect();
    return transactions.readOneStatement(
        handle ->
            handle
                .createQuery(
                    "SELECT id_hash, csrf, username, last_seen FROM web_sessions"
                        + " WHERE id_hash = :id")
                .bind("id", idHash)
                .map(
                    (row, context) ->
                        new StoredSession(
                            row.getString("id_hash"),
                            row.getString("csrf"),
                            Optional.ofNullable(row.getString("username")),
                            dialect.readInstant(row, "last_seen")))
                .findOne());
  }

  @Override
  public void add(StoredSession session) {
    Dialect dialect = transactions.dialect();
    transactions.write(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO web_sessions (id_hash, csrf, username, last_seen)"
                        + " VALUES (:id, :csrf, :username, :at)")
                .bind("id", session.idHash())
                .bind("csrf", session.csrf())
                .bind("username", session.username().orElse(null))
                .bind("at", dialect.instant(session.lastSeen()))
                .execute());
  }

  @Override
  public void touch(String idHash, Instant lastSeen) {
    Dialect dialect = transactions.dialect();
    transactions.write(
        handle ->
            handle
                .createUpdate("UPDATE web_sessions SET last_seen = :at WHERE id_hash = :id")
                .bind("id", idHash)
                .bind("at", dialect.instant(lastSeen))
                .execute());
  }

  @Override
  public void remove(String idHash) {
    transactions.write(
        handle ->
            handle
                .createUpdate("DELETE FROM web_sessions WHERE id_hash = :id")
                .bind("id", idHash)
                .execute());
  }

  @Override
  public int removeUnusedSince(Instant cutoff) {
    Dialect dialect = transactions.dialect();
    return transactions.write(
        handle ->
            handle
                .createUpdate("DELETE FROM web_sessions WHERE last_seen < :cutoff")
                .bind("cutoff", dialect.instant(cutoff))
                .execute());
  }
}
