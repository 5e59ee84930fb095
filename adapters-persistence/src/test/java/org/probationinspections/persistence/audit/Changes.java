package org.probationinspections.persistence.audit;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.application.port.out.AuditLog;

/** The changes the audit tests write: made by "ada" at one instant. */
final class Changes {

  private Changes() {}

  /** A change of one record from {@code before} (null: none) to {@code after}, kept as asked. */
  static AuditLog.Change change(
      String recordType, String recordId, Object before, Object after, AuditLog.Kept kept) {
    return new AuditLog.Change(
        Instant.parse("2024-03-15T10:15:30Z"),
        "ada",
        recordType,
        recordId,
        Optional.ofNullable(before),
        Optional.ofNullable(after),
        kept);
  }
}
