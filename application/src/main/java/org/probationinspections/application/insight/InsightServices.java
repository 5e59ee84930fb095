package org.probationinspections.application.insight;

import java.util.List;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.LeagueUseCase;
import org.probationinspections.application.insight.port.in.ListRepeatsUseCase;
import org.probationinspections.application.insight.port.in.ListStandardsUseCase;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ListThemesUseCase;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.RatingChartsUseCase;
import org.probationinspections.application.insight.port.in.RatingCounts;
import org.probationinspections.application.insight.port.in.RecomputeRatingsUseCase;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.insight.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.Remembered;
import org.probationinspections.domain.consolidation.RepeatMatcher;

/**
 * Builds the insight use cases (the dashboard, themes, consolidation suggestions, repeats) from the
 * core ports and their own.
 */
public record InsightServices(
    Ports ports, InsightPorts insight, CurrentActor actor, AuditLog audit) {

  private Directory directory() {
    return Directory.of(ports);
  }

  private RecommendationIndex index() {
    return new RecommendationIndex(ports.inspections(), directory());
  }

  private ThemeAssigner assigner() {
    return new ThemeAssigner(insight.taxonomy(), insight.themeOverrides());
  }

  /** Every read of the page in one read-only unit of work. */
  public DashboardUseCase dashboard() {
    var service =
        new DashboardService(
            ports.inspectionSummaries(),
            ports.actionSummaries(),
            ports.frameworks(),
            directory(),
            ports.clock());
    Remembered<List<Object>, DashboardUseCase.Dashboard> answers = remembered();
    return query ->
        answers.answer(
            List.of(query, ports.clock().today()),
            () -> ports.unitOfWork().reading(() -> service.dashboard(query)));
  }

  /** The league: standings caught up in their own writes, then the page in one read. */
  public LeagueUseCase league() {
    return new LeagueService(
        ports.inspectionSummaries(),
        standings(),
        directory(),
        ports.unitOfWork(),
        remembered(),
        remembered());
  }

  /**
   * Answers kept until the next audited change (see {@link Remembered}): the country's aggregates
   * are read far more often than the records change.
   */
  private <Q, R> Remembered<Q, R> remembered() {
    return new Remembered<>(audit::lastSequence, 64);
  }

  private Standings standings() {
    return new Standings(ports.inspectionSummaries(), ports.frameworks(), trail());
  }

  private RatingTrail trail() {
    return new RatingTrail(audit, actor, ports.clock());
  }

  /** Every inspection assessed again under the rules in force, in one transaction. */
  public RecomputeRatingsUseCase recomputeRatings() {
    return new RecomputeRatingsService(
        ports.inspections(),
        ports.inspectionSummaries(),
        ports.frameworks(),
        standings(),
        trail(),
        ports.unitOfWork());
  }

  /** The charts' counts in one read-only unit of work. */
  public RatingChartsUseCase ratingCharts() {
    var service =
        new RatingChartsService(ports.inspectionSummaries(), ports.frameworks(), directory());
    Remembered<RatingChartsUseCase.Query, RatingCounts> answers = remembered();
    return query ->
        answers.answer(query, () -> ports.unitOfWork().reading(() -> service.counts(query)));
  }

  /**
   * A region's charts' counts in one read-only unit of work, as at the core's today; kept until the
   * next audited change (ADR 32).
   */
  public RegionChartsUseCase regionCharts() {
    var service =
        new RegionChartsService(
            ports.plans(), ports.inspectionSummaries(), assigner(), directory(), ports.clock());
    Remembered<List<Object>, RegionChartsUseCase.RegionCharts> answers = remembered();
    return region ->
        answers.answer(
            List.of(region, ports.clock().today()),
            () -> ports.unitOfWork().reading(() -> service.charts(region)));
  }

  public SearchTextUseCase searchText() {
    var service = new SearchTextService(ports.textSearch(), directory());
    return (query, page) -> ports.unitOfWork().reading(() -> service.search(query, page));
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
    var service =
        new OverrideThemesService(
            ports.inspections(),
            index(),
            assigner(),
            insight.themeOverrides(),
            ports.clock(),
            actor);
    return command -> ports.unitOfWork().inTransaction(() -> service.override(command));
  }

  public ThemeHeatmapUseCase themeHeatmap() {
    var service = new ThemeHeatmapService(ports.inspectionSummaries(), assigner(), directory());
    Remembered<List<Object>, ThemeHeatmapUseCase.ThemeHeatmap> answers = remembered();
    return (region, page) ->
        answers.answer(
            List.of(region, page),
            () -> ports.unitOfWork().reading(() -> service.heatmap(region, page)));
  }

  public SuggestConsolidationsUseCase suggestConsolidations() {
    return suggestService();
  }

  public DecideConsolidationUseCase decideConsolidation() {
    var service =
        new DecideConsolidationService(
            ports.reviews(),
            ports.inspections(),
            insight.decisions(),
            suggestService(),
            directory(),
            ports.clock(),
            actor);
    return command -> ports.unitOfWork().inTransaction(() -> service.decide(command));
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
        insight.consolidator());
  }
}
