package org.probationinspections.cli.wiring;

import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.persistence.Store;

/** The use cases' out-ports over one store's repositories, with the frameworks and a clock. */
public final class StorePorts {

  private StorePorts() {}

  public static Ports over(Store store, FrameworkCatalog frameworks, Clock clock) {
    return new Ports(
        store.regions(),
        store.pdus(),
        store.inspections(),
        store.reviews(),
        store.actionPlans(),
        frameworks,
        store.importLedger(),
        store.unitOfWork(),
        clock,
        store.inspectionSummaries(),
        store.actionSummaries(),
        store.textSearch(),
        store.flags());
  }
}
