package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.application.service.AsAtServices;
import org.probationinspections.application.service.InsightServices;
import org.probationinspections.application.service.Ports;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.domain.theme.ThemeTaxonomy;
import org.probationinspections.persistence.theme.JsonThemeTaxonomy;
import org.probationinspections.web.AsAtViews;

/** Wires the insight use cases: the theme taxonomy (shipped, plus any directory given). */
@Module
public final class InsightModule {

  private final List<Path> themeDirectories;
  private final PlanDueClock planDue;

  public InsightModule(List<Path> themeDirectories) {
    this(themeDirectories, PlanDueClock.DEFAULT_DAYS);
  }

  /** {@code planDueDays}: how many days after its letter an action plan is due. */
  public InsightModule(List<Path> themeDirectories, int planDueDays) {
    this.themeDirectories = List.copyOf(themeDirectories);
    this.planDue = new PlanDueClock(planDueDays);
  }

  @Provides
  PlanDueClock planDueClock() {
    return planDue;
  }

  @Provides
  @Singleton
  ThemeTaxonomy taxonomy() {
    return JsonThemeTaxonomy.load(themeDirectories);
  }

  @Provides
  @Singleton
  static InsightServices insightServices(
      Ports ports,
      ThemeTaxonomy taxonomy,
      ThemeOverrideRepository themeOverrides,
      ConsolidationDecisionRepository decisions,
      PlanDueClock planDue) {
    return new InsightServices(ports, taxonomy, themeOverrides, decisions, planDue);
  }

  /** A past day's pages: its records rebuilt, with today's themes, overrides and decisions. */
  @Provides
  @Singleton
  static AsAtViews.PastDays pastDays(
      AsAtServices history,
      ThemeTaxonomy taxonomy,
      ThemeOverrideRepository themeOverrides,
      ConsolidationDecisionRepository decisions,
      PlanDueClock planDue) {
    return AsAtViews.PastDays.of(
        history, then -> new InsightServices(then, taxonomy, themeOverrides, decisions, planDue));
  }
}
