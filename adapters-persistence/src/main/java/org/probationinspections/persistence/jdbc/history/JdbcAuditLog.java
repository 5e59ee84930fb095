package org.probationinspections.persistence.jdbc.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.probationinspections.application.port.out.AuditLog.Query;
import org.probationinspections.persistence.audit.AuditRow;
import org.probationinspections.persistence.audit.JsonAuditLog;
import org.probationinspections.persistence.jdbc.Dialect;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Rows;

/**
 * The audit trail in {@code audit_entries}, numbered by the database. Entries are written through
 * the current transaction, so they commit and roll back with the change they describe. An entry's
 * document values are stored once: when they are its after values (as they always are for the
 * records the product documents), {@code document_is_after} says so and {@code document_json} stays
 * empty (V70).
 */
public final class JdbcAuditLog extends JsonAuditLog {

  private static final String COLUMNS =
      "seq, changed_at, actor, record_type, record_id, change_kind, before_json, after_json,"
          + " document_json, document_is_after";

  private static final int IDS_A_STATEMENT = 500;

  private final JdbcTransactions transactions;
  private final Dialect dialect;

  public JdbcAuditLog(JdbcTransactions transactions) {
    this.transactions = transactions;
    this.dialect = transactions.dialect();
  }

  @Override
  public void append(AuditRow entry) {
    boolean documentIsAfter =
        entry.document().isPresent() && entry.document().equals(entry.after());
    transactions.update(
        "INSERT INTO audit_entries (changed_at, actor, record_type, record_id,"
            + " change_kind, before_json, after_json, document_json,"
            + " document_is_after) VALUES (:at, :actor, :type, :id, :change, :before,"
            + " :after, :document, :documentIsAfter)",
        row ->
            row.bind("at", dialect.instant(entry.at()))
                .bind("actor", entry.actor())
                .bind("type", entry.recordType())
                .bind("id", entry.recordId())
                .bind("change", entry.change())
                .bind("before", entry.before().orElse(null))
                .bind("after", entry.after().orElse(null))
                .bind("document", documentIsAfter ? null : entry.document().orElse(null))
                .bind("documentIsAfter", documentIsAfter ? 1 : 0));
  }

  @Override
  public long lastSequence() {
    return transactions
        .list(
            "SELECT COALESCE(MAX(seq), 0) AS last FROM audit_entries",
            statement -> {},
            (row, context) -> row.getLong("last"))
        .get(0);
  }

  @Override
  public List<AuditRow> rows(Query query) {
    return transactions.list(
        "SELECT "
            + COLUMNS
            + " FROM audit_entries WHERE seq > :after"
            + " AND (:anyType OR record_type = :type)"
            + " AND (:anyId OR record_id = :id)"
            + " ORDER BY seq LIMIT :limit",
        statement ->
            statement
                .bind("after", query.afterSequence())
                .bind("anyType", query.recordType().isEmpty())
                .bind("type", query.recordType().orElse(""))
                .bind("anyId", query.recordId().isEmpty())
                .bind("id", query.recordId().orElse(""))
                .bind("limit", query.limit()),
        (row, context) -> entry(row, dialect));
  }

  @Override
  public void replayRows(Set<String> recordTypes, Instant until, Consumer<AuditRow> each) {
    transactions.read(
        handle -> {
          handle
              .createQuery(
                  "SELECT "
                      + COLUMNS
                      + " FROM audit_entries"
                      + " WHERE record_type IN (<types>) AND changed_at < :until ORDER BY seq")
              .bindList("types", List.copyOf(recordTypes))
              .bind("until", dialect.instant(Cut.after(until)))
              .setFetchSize(500)
              .map((row, context) -> entry(row, dialect))
              .useStream(
                  entries ->
                      // SQLite compares instants as text (see Cut); the exact cut is made here.
                      entries.filter(e -> e.at().isBefore(until)).forEach(each));
          return null;
        });
  }

  @Override
  public void replayRows(
      String recordType, Set<String> recordIds, Instant until, Consumer<AuditRow> each) {
    List<String> ids = List.copyOf(new TreeSet<>(recordIds));
    // In slices, within the number of parameters a statement may bind on either database.
    for (int from = 0; from < ids.size(); from += IDS_A_STATEMENT) {
      List<String> slice = ids.subList(from, Math.min(ids.size(), from + IDS_A_STATEMENT));
      transactions
          .list(
              "SELECT "
                  + COLUMNS
                  + " FROM audit_entries WHERE record_type = :type AND record_id IN (<ids>)"
                  + " AND changed_at < :until ORDER BY seq",
              statement ->
                  statement
                      .bind("type", recordType)
                      .bindList("ids", slice)
                      .bind("until", dialect.instant(Cut.after(until))),
              (row, context) -> entry(row, dialect))
          .stream()
          .filter(e -> e.at().isBefore(until))
          .forEach(each);
    }
  }

  @Override
  public long createdBefore(Set<String> recordTypes, Instant until) {
    String created =
        " FROM audit_entries WHERE record_type IN (<types>) AND change_kind = 'created'";
    long wellBefore =
        transactions
            .list(
                "SELECT COUNT(*) AS created" + created + " AND changed_at < :low",
                statement ->
                    statement
                        .bindList("types", List.copyOf(recordTypes))
                        .bind("low", dialect.instant(Cut.before(until))),
                (row, context) -> row.getLong("created"))
            .get(0);
    long nearTheCut =
        transactions
            .list(
                "SELECT changed_at" + created + " AND changed_at >= :low AND changed_at < :high",
                statement ->
                    statement
                        .bindList("types", List.copyOf(recordTypes))
                        .bind("low", dialect.instant(Cut.before(until)))
                        .bind("high", dialect.instant(Cut.after(until))),
                (row, context) -> dialect.readInstant(row, "changed_at"))
            .stream()
            .filter(at -> at.isBefore(until))
            .count();
    return wellBefore + nearTheCut;
  }

  /**
   * Whole seconds either side of a cut. SQLite compares instants as text, and an instant's text has
   * fractional digits only when it has a fraction ("…:05Z" sorts after "…:05.250Z"), so a text
   * comparison is exact only between different seconds: everything below the second before the cut
   * is before it, nothing from the second after it on is, and what lies between is compared here as
   * instants.
   */
  private static final class Cut {
    private Cut() {}

    static Instant before(Instant until) {
      return until.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    }

    static Instant after(Instant until) {
      return until.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }
  }

  private static AuditRow entry(ResultSet row, Dialect dialect) throws SQLException {
    var after = Rows.optionalText(row, "after_json");
    return new AuditRow(
        row.getLong("seq"),
        dialect.readInstant(row, "changed_at"),
        row.getString("actor"),
        row.getString("record_type"),
        row.getString("record_id"),
        row.getString("change_kind"),
        Rows.optionalText(row, "before_json"),
        after,
        row.getInt("document_is_after") == 1 ? after : Rows.optionalText(row, "document_json"));
  }
}
