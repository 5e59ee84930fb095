package org.probationinspections.cli.wiring;

import java.nio.file.Path;
import java.util.List;
import org.probationinspections.persistence.PersistenceModule;
import org.probationinspections.persistence.StoreLocation;

/** Builds the composition root for a command. */
public final class Wiring {

  private Wiring() {}

  public static InspectionsComponent open(StoreLocation location, List<Path> frameworkDirectories) {
    return open(location, frameworkDirectories, List.of());
  }

  public static InspectionsComponent open(
      StoreLocation location, List<Path> frameworkDirectories, List<Path> themeDirectories) {
    return DaggerInspectionsComponent.factory()
        .create(
            new PersistenceModule(location),
            new ApplicationModule(frameworkDirectories),
            new InsightModule(themeDirectories, planDueDays()));
  }

  /** INSPECTIONS_PLAN_DUE_DAYS, else the default (assumed) of six weeks. */
  static int planDueDays() {
    String days = System.getenv("INSPECTIONS_PLAN_DUE_DAYS");
    if (days == null || days.isBlank()) {
      return org.probationinspections.domain.plan.PlanDueClock.DEFAULT_DAYS;
    }
    try {
      return Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      throw new org.probationinspections.domain.common.InvalidValueException(
          "INSPECTIONS_PLAN_DUE_DAYS", "not a number of days: " + days);
    }
  }
}
