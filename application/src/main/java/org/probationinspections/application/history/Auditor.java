package org.probationinspections.application.history;

import java.util.Optional;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.AuditLog.Kept;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;

/**
 * Hands the audit log each change: who (the current actor), when, which record, and its states
 * before and after. How they are kept, and what differs between them, is the log's business.
 */
record Auditor(AuditLog log, CurrentActor actor, Clock clock) {

  /** A record saved: created when there was none before, else its fields that changed. */
  void saved(String recordType, String recordId, Optional<?> before, Object after) {
    write(recordType, recordId, before, Optional.of(after), Kept.FIELDS);
  }

  /**
   * A record with an interchange document saved: the entry's values are its document's, the public
   * shape — the whole document when it is created, the top-level fields that changed else — and
   * replaying the trail applies them.
   */
  <D> void savedDocument(
      String recordType, String recordId, Optional<D> documentBefore, D documentAfter) {
    write(recordType, recordId, documentBefore, Optional.of(documentAfter), Kept.DOCUMENT);
  }

  /** A record removed: its last state is the entry's before. */
  void removed(String recordType, String recordId, Object before) {
    write(recordType, recordId, Optional.of(before), Optional.empty(), Kept.FIELDS);
  }

  private void write(
      String recordType, String recordId, Optional<?> before, Optional<?> after, Kept kept) {
    log.record(
        new AuditLog.Change(
            clock.now(), actor.actor().name(), recordType, recordId, before, after, kept));
  }
}
