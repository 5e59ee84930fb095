package org.probationinspections.persistence.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.probationinspections.application.port.out.AuditLog;

/**
 * The audit log over a table of {@link AuditRow}s: each change is turned into its row's JSON
 * ({@link AuditJson}) on the way in, and the rows' documents are replayed and read back as the
 * interchange documents ({@link TrailReplay}) on the way out. A store provides the table.
 */
public abstract class JsonAuditLog implements AuditLog {

  @Override
  public final void record(Change change) {
    AuditJson.row(change).ifPresent(this::append);
  }

  @Override
  public final List<Entry> find(Query query) {
    return rows(query).stream().map(AuditRow::entry).toList();
  }

  @Override
  public final Replayed replay(Set<String> recordTypes, Instant until) {
    TrailReplay replay = new TrailReplay();
    replayRows(recordTypes, until, replay::apply);
    return replay;
  }

  @Override
  public final Replayed replay(Map<String, Set<String>> records, Instant until) {
    TrailReplay replay = new TrailReplay();
    records.forEach(
        (type, ids) -> {
          if (!ids.isEmpty()) {
            replayRows(type, ids, until, replay::apply);
          }
        });
    return replay;
  }

  /** Appends a row as it is; the store numbers it (its {@code sequence} is ignored). */
  public abstract void append(AuditRow row);

  /** Rows in the order they were written, after {@code afterSequence}, at most {@code limit}. */
  public abstract List<AuditRow> rows(Query query);

  /**
   * Hands every row of the given record types written before {@code until} to {@code each}, in the
   * order they were written, without holding them all at once.
   */
  public abstract void replayRows(Set<String> recordTypes, Instant until, Consumer<AuditRow> each);

  /**
   * Hands every row of the named records of one type written before {@code until} to {@code each},
   * in the order they were written.
   */
  public abstract void replayRows(
      String recordType, Set<String> recordIds, Instant until, Consumer<AuditRow> each);
}
