package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.insight.InsightServices;
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

/**
 * Provides each use case of insight (dashboard, themes, consolidation, repeats) by its interface.
 */
@Module
final class InsightUseCasesModule {

  private InsightUseCasesModule() {}

  @Provides
  @Reusable
  static InsightServices services(Core core) {
    return core.insight();
  }

  @Provides
  static DashboardUseCase dashboard(InsightServices services) {
    return services.dashboard();
  }

  @Provides
  static ListThemesUseCase listThemes(InsightServices services) {
    return services.listThemes();
  }

  @Provides
  static ListThemedRecommendationsUseCase listThemedRecommendations(InsightServices services) {
    return services.listThemedRecommendations();
  }

  @Provides
  static OverrideThemesUseCase overrideThemes(InsightServices services) {
    return services.overrideThemes();
  }

  @Provides
  static ThemeHeatmapUseCase themeHeatmap(InsightServices services) {
    return services.themeHeatmap();
  }

  @Provides
  static SuggestConsolidationsUseCase suggestConsolidations(InsightServices services) {
    return services.suggestConsolidations();
  }

  @Provides
  static DecideConsolidationUseCase decideConsolidation(InsightServices services) {
    return services.decideConsolidation();
  }

  @Provides
  static ListRepeatsUseCase listRepeats(InsightServices services) {
    return services.listRepeats();
  }

  @Provides
  static SearchTextUseCase searchText(InsightServices services) {
    return services.searchText();
  }

  @Provides
  static ListStandardsUseCase listStandards(InsightServices services) {
    return services.listStandards();
  }
}
