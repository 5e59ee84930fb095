package org.probationinspections.application.history;

import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;

/** Writes one audit entry for a change: who (the current actor), when, which record, what. */
final class Auditor {

  private final AuditLog log;
  private final CurrentActor actor;
  private final Clock clock;

  Auditor(AuditLog log, CurrentActor actor, Clock clock) {
    this.log = log;
    this.actor = actor;
    this.clock = clock;
  }

  /** A record saved: created when there was none before, else the fields that changed. */
  void saved(String recordType, String recordId, Optional<?> before, Object after) {
    if (before.isEmpty()) {
      write(recordType, recordId, "created", Optional.empty(), Optional.of(JsonSnapshot.of(after)));
      return;
    }
    JsonSnapshot.changes(before.get(), after)
        .ifPresent(
            change ->
                write(
                    recordType,
                    recordId,
                    "changed",
                    Optional.of(change.before()),
                    Optional.of(change.after())));
  }

  /**
   * A record with an interchange document saved: the entry's values are its document's, the public
   * JSON shape — the whole document when it is created, the top-level fields that changed else —
   * and the entry carries them again as its {@code document}, which replaying the trail applies.
   */
  void savedDocument(
      String recordType,
      String recordId,
      Optional<Map<String, Object>> documentBefore,
      Map<String, Object> documentAfter) {
    if (documentBefore.isEmpty()) {
      String whole = JsonSnapshot.write(documentAfter);
      write(
          recordType,
          recordId,
          "created",
          Optional.empty(),
          Optional.of(whole),
          Optional.of(whole));
      return;
    }
    JsonSnapshot.changes(documentBefore.get(), documentAfter)
        .ifPresent(
            change ->
                write(
                    recordType,
                    recordId,
                    "changed",
                    Optional.of(change.before()),
                    Optional.of(change.after()),
                    Optional.of(change.after())));
  }

  /** A record removed: its last state is the entry's before. */
  void removed(String recordType, String recordId, Object before) {
    write(recordType, recordId, "removed", Optional.of(JsonSnapshot.of(before)), Optional.empty());
  }

  private void write(
      String recordType,
      String recordId,
      String change,
      Optional<String> before,
      Optional<String> after) {
    write(recordType, recordId, change, before, after, Optional.empty());
  }

  private void write(
      String recordType,
      String recordId,
      String change,
      Optional<String> before,
      Optional<String> after,
      Optional<String> document) {
    log.record(
        new AuditLog.Entry(
            0,
            clock.now(),
            actor.actor().name(),
            recordType,
            recordId,
            change,
            before,
            after,
            document));
  }
}
