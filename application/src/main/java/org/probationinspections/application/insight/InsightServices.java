package org.probationinspections.application.insight;

import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.ListRepeatsUseCase;
import org.probationinspections.application.insight.port.in.ListStandardsUseCase;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ListThemesUseCase;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.insight.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.domain.consolidation.Consolidator;
import org.probationinspections.domain.consolidation.RepeatMatcher;

/**
 * Builds the insight use cases (the dashboard, themes, consolidation suggestions, repeats) from the
 * core ports and their own.
 */
public record InsightServices(Ports ports, InsightPorts insight, CurrentActor actor) {

  private Directory directory() {
    return Directory.of(ports);
  }

  private RecommendationIndex index() {
    return new RecommendationIndex(ports.inspections(), directory());
  }

  private ThemeAssigner assigner() {
    return new ThemeAssigner(insight.taxonomy(), insight.themeOverrides());
  }

  public DashboardUseCase dashboard() {
    return new DashboardService(
        ports.inspectionSummaries(),
        ports.actionSummaries(),
        ports.frameworks(),
        directory(),
        ports.clock(),
        ports.unitOfWork());
  }

  public SearchTextUseCase searchText() {
    return new SearchTextService(ports.textSearch(), directory(), ports.unitOfWork());
  }

  public ListStandardsUseCase listStandards() {
    return new ListStandardsService(ports.frameworks());
  }

  public ListThemesUseCase listThemes() {
    return new ListThemesService(assigner());
  }

  public ListThemedRecommendationsUseCase listThemedRecommendations() {
    return new ListThemedRecommendationsService(
        index(),
        assigner(),
        ports.inspectionSummaries(),
        ports.inspections(),
        ports.textSearch(),
        directory(),
        ports.unitOfWork());
  }

  public OverrideThemesUseCase overrideThemes() {
    return new OverrideThemesService(
        ports.inspections(),
        index(),
        assigner(),
        insight.themeOverrides(),
        ports.unitOfWork(),
        ports.clock(),
        actor);
  }

  public ThemeHeatmapUseCase themeHeatmap() {
    return new ThemeHeatmapService(
        ports.inspectionSummaries(), assigner(), directory(), ports.unitOfWork());
  }

  public SuggestConsolidationsUseCase suggestConsolidations() {
    return suggestService();
  }

  public DecideConsolidationUseCase decideConsolidation() {
    return new DecideConsolidationService(
        ports.reviews(),
        ports.inspections(),
        insight.decisions(),
        suggestService(),
        directory(),
        ports.unitOfWork(),
        ports.clock(),
        actor);
  }

  public ListRepeatsUseCase listRepeats() {
    return new ListRepeatsService(
        ports.inspections(), ports.plans(), directory(), ports.clock(), new RepeatMatcher());
  }

  private SuggestConsolidationsService suggestService() {
    return new SuggestConsolidationsService(
        ports.reviews(),
        ports.inspections(),
        index(),
        directory(),
        insight.decisions(),
        new Consolidator());
  }
}
