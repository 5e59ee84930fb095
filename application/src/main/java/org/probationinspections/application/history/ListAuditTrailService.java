package org.probationinspections.application.history;

import java.util.List;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.domain.account.Permission;

/** Reads the audit trail, for those who may. */
record ListAuditTrailService(AuditLog log, CurrentActor actor) implements ListAuditTrailUseCase {

  @Override
  public List<AuditLog.Entry> list(Query query) {
    actor.actor().require(Permission.READ_AUDIT);
    return log.find(
        new AuditLog.Query(query.recordType(), query.recordId(), query.after(), query.limit()));
  }
}
