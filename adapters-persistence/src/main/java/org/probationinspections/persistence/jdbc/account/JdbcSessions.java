package org.probationinspections.persistence.jdbc.account;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.application.port.out.SessionRepository;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/** Browser sessions in {@code web_sessions}, shared by every server on the database. */
public final class JdbcSessions extends JdbcStore implements SessionRepository {

  public JdbcSessions(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public Optional<StoredSession> find(String idHash) {
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
    transactions.update(
        "INSERT INTO web_sessions (id_hash, csrf, username, last_seen)"
            + " VALUES (:id, :csrf, :username, :at)",
        row ->
            row.bind("id", session.idHash())
                .bind("csrf", session.csrf())
                .bind("username", session.username().orElse(null))
                .bind("at", dialect.instant(session.lastSeen())));
  }

  @Override
  public void touch(String idHash, Instant lastSeen) {
    transactions.update(
        "UPDATE web_sessions SET last_seen = :at WHERE id_hash = :id",
        row -> row.bind("id", idHash).bind("at", dialect.instant(lastSeen)));
  }

  @Override
  public void remove(String idHash) {
    transactions.update(
        "DELETE FROM web_sessions WHERE id_hash = :id", row -> row.bind("id", idHash));
  }

  @Override
  public int removeUnusedSince(Instant cutoff) {
    return transactions.update(
        "DELETE FROM web_sessions WHERE last_seen < :cutoff",
        row -> row.bind("cutoff", dialect.instant(cutoff)));
  }
}
