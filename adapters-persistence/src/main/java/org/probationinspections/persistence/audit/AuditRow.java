package org.probationinspections.persistence.audit;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.application.port.out.AuditLog;

/**
 * An audit entry as the store keeps it: its values before and after, and the document values a
 * replay applies, as JSON text.
 */
public record AuditRow(
    long sequence,
    Instant at,
    String actor,
    String recordType,
    String recordId,
    String change,
    Optional<String> before,
    Optional<String> after,
    Optional<String> document) {

  /** This row numbered by the store. */
  public AuditRow numbered(long number) {
    return new AuditRow(number, at, actor, recordType, recordId, change, before, after, document);
  }

  /** The entry as the trail shows it. */
  public AuditLog.Entry entry() {
    return new AuditLog.Entry(sequence, at, actor, recordType, recordId, change, before, after);
  }
}
