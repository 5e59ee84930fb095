package org.probationinspections.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.port.out.AuditLog;

/**
 * The audit trail as a list of entries, their values before and after written as {@code toString}
 * gives them; it replays nothing.
 */
public final class MemoryAuditLog implements AuditLog {

  private final List<Entry> entries = new ArrayList<>();

  @Override
  public void record(Change change) {
    entries.add(
        new Entry(
            entries.size() + 1,
            change.at(),
            change.actor(),
            change.recordType(),
            change.recordId(),
            change.kind(),
            change.before().map(Object::toString),
            change.after().map(Object::toString)));
  }

  @Override
  public long lastSequence() {
    return entries.size();
  }

  @Override
  public List<Entry> find(Query query) {
    return entries.stream()
        .filter(entry -> entry.sequence() > query.afterSequence())
        .filter(entry -> query.recordType().map(entry.recordType()::equals).orElse(true))
        .filter(entry -> query.recordId().map(entry.recordId()::equals).orElse(true))
        .limit(query.limit())
        .toList();
  }

  @Override
  public Replayed replay(Set<String> recordTypes, Instant until) {
    throw new UnsupportedOperationException("this trail keeps no documents to replay");
  }

  @Override
  public Replayed replay(Map<String, Set<String>> records, Instant until) {
    throw new UnsupportedOperationException("this trail keeps no documents to replay");
  }

  @Override
  public long createdBefore(Set<String> recordTypes, Instant until) {
    return entries.stream()
        .filter(e -> recordTypes.contains(e.recordType()))
        .filter(e -> "created".equals(e.change()))
        .filter(e -> e.at().isBefore(until))
        .count();
  }

  /** Writes an entry of a change made elsewhere, as a store shared with another process would. */
  public void changed(Instant at, String actor, String recordType, String recordId) {
    record(
        new Change(
            at,
            actor,
            recordType,
            recordId,
            Optional.of("before"),
            Optional.of("after"),
            Kept.FIELDS));
  }
}
