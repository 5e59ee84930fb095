package org.probationinspections.web;

import org.probationinspections.application.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.port.in.ListRepeatsUseCase;
import org.probationinspections.application.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.port.in.ListThemesUseCase;
import org.probationinspections.application.port.in.OverrideThemesUseCase;
import org.probationinspections.application.port.in.PlanDueUseCase;
import org.probationinspections.application.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.service.InsightServices;

/** The insight use cases the web adapter calls: themes (and, as they come, the others). */
public record InsightUseCases(
    ListThemesUseCase listThemes,
    ListThemedRecommendationsUseCase listThemedRecommendations,
    OverrideThemesUseCase overrideThemes,
    ThemeHeatmapUseCase themeHeatmap,
    SuggestConsolidationsUseCase suggestConsolidations,
    DecideConsolidationUseCase decideConsolidation,
    ListRepeatsUseCase listRepeats,
    PlanDueUseCase planDue) {

  /** The insight use cases the web adapter calls, as {@code services} builds them. */
  public static InsightUseCases of(InsightServices s) {
    return new InsightUseCases(
        s.listThemes(),
        s.listThemedRecommendations(),
        s.overrideThemes(),
        s.themeHeatmap(),
        s.suggestConsolidations(),
        s.decideConsolidation(),
        s.listRepeats(),
        s.planDue());
  }
}
