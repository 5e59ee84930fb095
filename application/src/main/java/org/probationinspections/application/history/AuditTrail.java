package org.probationinspections.application.history;

import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.SecurityPorts;

/**
 * Wraps every repository a use case writes through, once, so that each save writes its audit entry
 * in the same unit of work (see {@link AuditedRepositories}): the same for every use case,
 * whichever feature it belongs to.
 */
public final class AuditTrail {

  /** The ports with every writing repository audited. */
  public record Audited(Ports ports, SecurityPorts security, InsightPorts insight) {}

  private AuditTrail() {}

  /** The entries go to the security ports' audit log, in the name of their current actor. */
  public static Audited wrap(Ports ports, SecurityPorts security, InsightPorts insight) {
    Auditor auditor = new Auditor(security.audit(), security.actor(), ports.clock());
    Directory stored = new Directory(ports.regions(), ports.pdus(), ports.frameworks());
    RecordDocuments documents =
        new RecordDocuments(
            stored,
            new PlanScope(ports.reviews(), ports.inspections(), stored),
            ports.inspections());
    Ports audited =
        new Ports(
            new AuditedRepositories.Regions(ports.regions(), auditor),
            new AuditedRepositories.Pdus(ports.pdus(), auditor),
            new AuditedRepositories.Inspections(ports.inspections(), auditor, documents),
            new AuditedRepositories.Reviews(ports.reviews(), auditor, documents),
            new AuditedRepositories.Plans(ports.plans(), auditor, documents),
            ports.frameworks(),
            ports.ledger(),
            ports.unitOfWork(),
            ports.clock(),
            ports.inspectionSummaries(),
            ports.actionSummaries(),
            ports.textSearch(),
            new AuditedRepositories.Flags(ports.flags(), auditor));
    SecurityPorts auditedSecurity =
        new SecurityPorts(
            new AuditedRepositories.Users(security.users(), auditor),
            new AuditedRepositories.Tokens(security.tokens(), auditor),
            security.audit(),
            security.passwords(),
            security.actor());
    InsightPorts auditedInsight =
        insight.with(
            new AuditedRepositories.ThemeOverrides(insight.themeOverrides(), auditor),
            new AuditedRepositories.Decisions(insight.decisions(), auditor));
    return new Audited(audited, auditedSecurity, auditedInsight);
  }
}
