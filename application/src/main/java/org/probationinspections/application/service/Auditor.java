package org.probationinspections.application.service;

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
   * A record with an interchange document saved: as {@link #saved}, and the entry also carries the
   * document's change — the whole document when created, the top-level fields that changed else.
   */
  void saved(
      String recordType,
      String recordId,
      Optional<?> before,
      Object after,
      Optional<Map<String, Object>> documentBefore,
      Map<String, Object> documentAfter) {
    if (before.isEmpty()) {
      write(
          recordType,
          recordId,
          "created",
          Optional.empty(),
          Optional.of(JsonSnapshot.of(after)),
          Optional.of(JsonSnapshot.write(documentAfter)));
      return;
    }
    Optional<JsonSnapshot.Change> fields = JsonSnapshot.changes(before.get(), after);
    Optional<JsonSnapshot.Change> document =
        JsonSnapshot.changes(documentBefore.orElseThrow(), documentAfter);
    if (fields.isEmpty() && document.isEmpty()) {
      return;
    }
    write(
        recordType,
        recordId,
        "changed",
        Optional.of(fields.map(JsonSnapshot.Change::before).orElse("{}")),
        Optional.of(fields.map(JsonSnapshot.Change::after).orElse("{}")),
        document.map(JsonSnapshot.Change::after));
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
