package org.probationinspections.persistence.memory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.probationinspections.application.port.out.AuditLog.Query;
import org.probationinspections.persistence.audit.AuditRow;
import org.probationinspections.persistence.audit.JsonAuditLog;

/** The audit trail held in memory, in the store's tables, so a rolled-back change leaves none. */
public final class InMemoryAuditLog extends JsonAuditLog {

  private final InMemoryStore store;

  public InMemoryAuditLog(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public void append(AuditRow entry) {
    store.inTransaction(
        () ->
            store.read(
                t -> {
                  long next =
                      t.audit.isEmpty() ? 1 : t.audit.get(t.audit.size() - 1).sequence() + 1;
                  t.audit.add(entry.numbered(next));
                  return next;
                }));
  }

  @Override
  public long lastSequence() {
    return store.read(t -> t.audit.isEmpty() ? 0 : t.audit.get(t.audit.size() - 1).sequence());
  }

  @Override
  public List<AuditRow> rows(Query query) {
    return store.read(
        t ->
            t.audit.stream()
                .filter(e -> e.sequence() > query.afterSequence())
                .filter(e -> query.recordType().map(e.recordType()::equals).orElse(true))
                .filter(e -> query.recordId().map(e.recordId()::equals).orElse(true))
                .limit(query.limit())
                .toList());
  }

  @Override
  public void replayRows(Set<String> recordTypes, Instant until, Consumer<AuditRow> each) {
    List<AuditRow> written =
        store.read(
            t ->
                t.audit.stream()
                    .filter(e -> recordTypes.contains(e.recordType()))
                    .filter(e -> e.at().isBefore(until))
                    .toList());
    written.forEach(each);
  }

  @Override
  public void replayRows(
      String recordType, Set<String> recordIds, Instant until, Consumer<AuditRow> each) {
    List<AuditRow> written =
        store.read(
            t ->
                t.audit.stream()
                    .filter(e -> e.recordType().equals(recordType))
                    .filter(e -> recordIds.contains(e.recordId()))
                    .filter(e -> e.at().isBefore(until))
                    .toList());
    written.forEach(each);
  }

  @Override
  public long createdBefore(Set<String> recordTypes, Instant until) {
    return store.read(
        t ->
            t.audit.stream()
                .filter(e -> recordTypes.contains(e.recordType()))
                .filter(e -> "created".equals(e.change()))
                .filter(e -> e.at().isBefore(until))
                .count());
  }
}
