package org.probationinspections.cli.wiring;

import java.nio.file.Path;
import java.util.List;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.persistence.PersistenceModule;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.security.WebSettings;

/** Builds the composition root for a command. */
public final class Wiring {

  private Wiring() {}

  public static InspectionsComponent open(StoreLocation location, List<Path> frameworkDirectories) {
    return open(location, frameworkDirectories, WebSettings.defaults());
  }

  public static InspectionsComponent open(
      StoreLocation location, List<Path> frameworkDirectories, WebSettings webSettings) {
    return open(location, frameworkDirectories, webSettings, List.of());
  }

  public static InspectionsComponent open(
      StoreLocation location,
      List<Path> frameworkDirectories,
      WebSettings webSettings,
      List<Path> themeDirectories) {
    return DaggerInspectionsComponent.factory()
        .create(
            new PersistenceModule(location),
            new ApplicationModule(frameworkDirectories),
            webSettings,
            new InsightModule(themeDirectories, planDueDays()));
  }

  /** INSPECTIONS_PLAN_DUE_DAYS, else the default (assumed) of six weeks. */
  static int planDueDays() {
    String days = System.getenv("INSPECTIONS_PLAN_DUE_DAYS");
    if (days == null || days.isBlank()) {
      return PlanDueClock.DEFAULT_DAYS;
    }
    try {
      return Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("INSPECTIONS_PLAN_DUE_DAYS", "not a number of days: " + days);
    }
  }
}
