package org.probationinspections.web;

import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.LeagueUseCase;
import org.probationinspections.application.insight.port.in.ListRepeatsUseCase;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ListThemesUseCase;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.RatingChartsUseCase;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.insight.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.plan.port.in.PlanDueUseCase;

/**
 * The insight use cases the web adapter calls: themes, consolidation, repeats, search, the charts'
 * counts (the dashboard's and a region's), the league.
 */
public record InsightUseCases(
    ListThemesUseCase listThemes,
    ListThemedRecommendationsUseCase listThemedRecommendations,
    OverrideThemesUseCase overrideThemes,
    ThemeHeatmapUseCase themeHeatmap,
    SuggestConsolidationsUseCase suggestConsolidations,
    DecideConsolidationUseCase decideConsolidation,
    ListRepeatsUseCase listRepeats,
    PlanDueUseCase planDue,
    SearchTextUseCase searchText,
    RatingChartsUseCase ratingCharts,
    LeagueUseCase league,
    RegionChartsUseCase regionCharts) {}
