package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.domain.theme.ThemeTaxonomy;
import org.probationinspections.persistence.theme.JsonThemeTaxonomy;
import org.probationinspections.persistence.wording.LuceneWording;

/**
 * Wires the insight use cases: the theme taxonomy (shipped, plus any directory given), its phrases
 * and the consolidation suggestions read by Lucene's analysers.
 */
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
  static InsightPorts insightPorts(
      ThemeTaxonomy taxonomy,
      ThemeOverrideRepository themeOverrides,
      ConsolidationDecisionRepository decisions,
      PlanDueClock planDue) {
    return new InsightPorts(
        taxonomy, themeOverrides, decisions, planDue, LuceneWording.consolidator());
  }
}
