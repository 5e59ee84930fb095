package org.probationinspections.application.shared;

import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.ImportLedger;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.application.port.out.UnitOfWork;

/**
 * Every out-port the use cases need, as the composition root provides them: the repositories of the
 * aggregates, and the read-side queries that lists, counts and searches use at scale.
 */
public record Ports(
    RegionRepository regions,
    PduRepository pdus,
    InspectionRepository inspections,
    ReviewRepository reviews,
    ActionPlanRepository plans,
    FrameworkCatalog frameworks,
    ImportLedger ledger,
    UnitOfWork unitOfWork,
    Clock clock,
    InspectionSummaries inspectionSummaries,
    ActionSummaries actionSummaries,
    TextSearch textSearch,
    FlagRepository flags) {

  /** The same ports, with another unit of work. */
  public Ports withUnitOfWork(UnitOfWork other) {
    return with(inspections, other, clock);
  }

  /** The same ports, with another clock. */
  public Ports withClock(Clock other) {
    return with(inspections, unitOfWork, other);
  }

  /** The same ports, with another repository of inspections. */
  public Ports withInspections(InspectionRepository other) {
    return with(other, unitOfWork, clock);
  }

  private Ports with(InspectionRepository inspections, UnitOfWork unitOfWork, Clock clock) {
    return new Ports(
        regions,
        pdus,
        inspections,
        reviews,
        plans,
        frameworks,
        ledger,
        unitOfWork,
        clock,
        inspectionSummaries,
        actionSummaries,
        textSearch,
        flags);
  }
}
