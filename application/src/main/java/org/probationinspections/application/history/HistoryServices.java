package org.probationinspections.application.history;

import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.shared.SecurityPorts;

/** Builds the use cases of the audit trail from the ports. */
public record HistoryServices(SecurityPorts security) {

  public ListAuditTrailUseCase listAuditTrail() {
    return new ListAuditTrailService(security.audit(), security.actor());
  }
}
