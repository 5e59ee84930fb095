package org.probationinspections.web.pages;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.ConsolidationSuggestions;
import org.probationinspections.application.port.in.RegionName;
import org.probationinspections.application.port.in.ThemeHeatmapUseCase.ThemeHeatmap;
import org.probationinspections.application.port.in.ThemeView;
import org.probationinspections.application.port.in.ThemedRecommendationView;

/** What the insight templates receive. */
public final class InsightModels {

  private InsightModels() {}

  public record RecommendationsPage(
      List<ThemedRecommendationView> rows,
      List<RegionName> regions,
      List<ThemeView> themes,
      Optional<String> q,
      Optional<String> level,
      Optional<String> region,
      Optional<String> pdu,
      Optional<String> theme) {}

  public record ThemesPage(
      ThemeHeatmap heatmap, List<RegionName> regions, Optional<String> region) {

    /** A shade 0–4 for a count, relative to the largest count on the page. */
    public int shade(int count) {
      if (count == 0 || heatmap.maximum() == 0) {
        return 0;
      }
      return Math.max(1, (int) Math.ceil(4.0 * count / heatmap.maximum()));
    }
  }

  public record SuggestionsPage(
      Optional<ConsolidationSuggestions> suggestions,
      List<RegionName> regions,
      Optional<String> region,
      Form form) {}

  public record RecommendationThemesPage(
      ThemedRecommendationView recommendation, List<ThemeView> themes, Form form) {

    public boolean chosen(String themeId) {
      return recommendation.hasTheme(themeId);
    }
  }
}
