package org.probationinspections.application.history;

import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.shared.SecurityPorts;

/** Builds the use cases of the audit trail from the ports. */
public final class HistoryServices {

  private final SecurityPorts security;

  public HistoryServices(SecurityPorts security) {
    this.security = security;
  }

  public ListAuditTrailUseCase listAuditTrail() {
    return new ListAuditTrailService(security.audit(), security.actor());
  }
}
