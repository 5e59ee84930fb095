package org.probationinspections.application.service;

import org.probationinspections.application.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.port.in.ListRepeatsUseCase;
import org.probationinspections.application.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.port.in.ListThemesUseCase;
import org.probationinspections.application.port.in.OverrideThemesUseCase;
import org.probationinspections.application.port.in.PlanDueUseCase;
import org.probationinspections.application.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.consolidation.Consolidator;
import org.probationinspections.domain.consolidation.RepeatMatcher;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.domain.theme.ThemeTaxonomy;

/**
 * Builds the insight use cases (themes, consolidation suggestions, repeats, plan due dates) from
 * the core ports and their own. Kept apart from {@link Services} so that each grows on its own.
 */
public final class InsightServices {

  private final Ports ports;
  private final ThemeOverrideRepository themeOverrides;
  private final RecommendationIndex index;
  private final ThemeAssigner assigner;
  private final ConsolidationDecisionRepository decisions;
  private final Directory directory;
  private final PlanDueClock planDue;

  /** With the plan due clock at its default ({@link PlanDueClock#DEFAULT_DAYS}). */
  public InsightServices(
      Ports ports,
      ThemeTaxonomy taxonomy,
      ThemeOverrideRepository themeOverrides,
      ConsolidationDecisionRepository decisions) {
    this(ports, taxonomy, themeOverrides, decisions, new PlanDueClock(PlanDueClock.DEFAULT_DAYS));
  }

  public InsightServices(
      Ports ports,
      ThemeTaxonomy taxonomy,
      ThemeOverrideRepository themeOverrides,
      ConsolidationDecisionRepository decisions,
      PlanDueClock planDue) {
    this.planDue = planDue;
    this.ports = ports;
    this.themeOverrides = themeOverrides;
    this.decisions = decisions;
    this.directory = new Directory(ports.regions(), ports.pdus(), ports.frameworks());
    this.index = new RecommendationIndex(ports.inspections(), directory);
    this.assigner = new ThemeAssigner(taxonomy, themeOverrides);
  }

  public ListThemesUseCase listThemes() {
    return new ListThemesService(assigner);
  }

  public ListThemedRecommendationsUseCase listThemedRecommendations() {
    return new ListThemedRecommendationsService(index, assigner);
  }

  public OverrideThemesUseCase overrideThemes() {
    return new OverrideThemesService(
        ports.inspections(), index, assigner, themeOverrides, ports.unitOfWork(), ports.clock());
  }

  public ThemeHeatmapUseCase themeHeatmap() {
    return new ThemeHeatmapService(index, assigner);
  }

  public SuggestConsolidationsUseCase suggestConsolidations() {
    return suggestService();
  }

  public DecideConsolidationUseCase decideConsolidation() {
    return new DecideConsolidationService(
        ports.reviews(),
        ports.inspections(),
        decisions,
        suggestService(),
        directory,
        ports.unitOfWork(),
        ports.clock());
  }

  public ListRepeatsUseCase listRepeats() {
    return new ListRepeatsService(
        ports.inspections(), ports.plans(), directory, ports.clock(), new RepeatMatcher());
  }

  public PlanDueUseCase planDue() {
    return new PlanDueService(ports.plans(), ports.reviews(), planDue);
  }

  private SuggestConsolidationsService suggestService() {
    return new SuggestConsolidationsService(
        ports.reviews(), ports.inspections(), index, directory, decisions, new Consolidator());
  }
}
