package org.probationinspections.persistence.jdbc.flag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/** The flags imports raised, in {@code import_flags}. */
public final class JdbcFlags extends JdbcStore implements FlagRepository {

  private static final String COLUMNS =
      "SELECT id, record_type, record_id, file, line, reason, raised_at, resolution,"
          + " resolution_note, resolved_by, resolved_at FROM import_flags";

  private static final String ORDER = " ORDER BY raised_at, file, line, id";

  public JdbcFlags(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public void save(Flag flag) {
    Optional<Resolution> resolution = flag.resolution();
    transactions.update(
        "INSERT INTO import_flags (id, record_type, record_id, file, line, reason, raised_at,"
            + " resolution, resolution_note, resolved_by, resolved_at)"
            + " VALUES (:id, :type, :record, :file, :line, :reason, :raised,"
            + " :resolution, :note, :by, :resolved)"
            + " ON CONFLICT (id) DO UPDATE SET resolution = excluded.resolution,"
            + " resolution_note = excluded.resolution_note, resolved_by = excluded.resolved_by,"
            + " resolved_at = excluded.resolved_at",
        row ->
            row.bind("id", flag.id().value())
                .bind("type", flag.record().kind().name())
                .bind("record", flag.record().id())
                .bind("file", flag.file())
                .bind("line", flag.line())
                .bind("reason", flag.reason())
                .bind("raised", dialect.instant(flag.raisedAt()))
                .bind("resolution", resolution.map(r -> r.outcome().name()).orElse(null))
                .bind("note", resolution.map(Resolution::note).orElse(null))
                .bind("by", resolution.map(Resolution::by).orElse(null))
                .bind("resolved", dialect.optionalInstant(resolution.map(Resolution::at))));
  }

  @Override
  public Optional<Flag> findById(FlagId id) {
    return transactions.first(
        COLUMNS + " WHERE id = :id", query -> query.bind("id", id.value()), (row, c) -> flag(row));
  }

  @Override
  public List<Flag> findByRecord(FlaggedRecord record) {
    return transactions.list(
        COLUMNS + " WHERE record_type = :type AND record_id = :record" + ORDER,
        query -> query.bind("type", record.kind().name()).bind("record", record.id()),
        (row, c) -> flag(row));
  }

  @Override
  public List<Flag> findOpen(int limit) {
    return transactions.list(
        COLUMNS + " WHERE resolution IS NULL" + ORDER + " LIMIT :limit",
        query -> query.bind("limit", Math.max(0, limit)),
        (row, c) -> flag(row));
  }

  private Flag flag(ResultSet row) throws SQLException {
    String outcome = row.getString("resolution");
    Optional<Resolution> resolution =
        outcome == null
            ? Optional.empty()
            : Optional.of(
                new Resolution(
                    Resolution.Outcome.valueOf(outcome),
                    row.getString("resolution_note"),
                    row.getString("resolved_by"),
                    dialect.readInstant(row, "resolved_at")));
    return new Flag(
        new FlagId(row.getString("id")),
        new FlaggedRecord(
            FlaggedRecord.Kind.valueOf(row.getString("record_type")), row.getString("record_id")),
        row.getString("file"),
        row.getInt("line"),
        row.getString("reason"),
        dialect.readInstant(row, "raised_at"),
        resolution);
  }
}
