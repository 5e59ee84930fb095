package org.probationinspections.web.pages;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ConsolidationSuggestions;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.application.insight.port.in.ThemeHeatmapUseCase.ThemeHeatmap;
import org.probationinspections.application.insight.port.in.ThemeView;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.units.port.in.RegionName;

/** What the insight templates receive. */
public final class InsightModels {

  private InsightModels() {}

  /**
   * @param next the link to the next page, if there is one
   * @param first the link to the first page, when this is not it
   */
  public record RecommendationsPage(
      List<ThemedRecommendationView> rows,
      Optional<String> next,
      Optional<String> first,
      List<RegionName> regions,
      List<ThemeView> themes,
      Optional<String> q,
      Optional<String> level,
      Optional<String> region,
      Optional<String> pdu,
      Optional<String> theme) {}

  /**
   * @param results absent until words are given
   * @param next the link to the next page of results, if there is one
   * @param first the link to the first page, when this is not it
   */
  public record SearchPage(
      Optional<String> q,
      java.util.Set<SearchTextUseCase.Kind> kinds,
      Optional<String> region,
      List<RegionName> regions,
      Optional<SearchTextUseCase.Results> results,
      Optional<String> next,
      Optional<String> first) {

    public boolean ticked(SearchTextUseCase.Kind kind) {
      return kinds.contains(kind);
    }
  }

  public record ThemesPage(
      ThemeHeatmap heatmap, List<RegionName> regions, Optional<String> region, int perPage) {

    /** The heatmap's address with this page's region and another offset. */
    public String link(int offset) {
      return "/themes?"
          + region
              .map(
                  r ->
                      "region="
                          + java.net.URLEncoder.encode(r, java.nio.charset.StandardCharsets.UTF_8)
                          + "&")
              .orElse("")
          + "offset="
          + offset;
    }

    public boolean hasNext() {
      return heatmap.offset() + perPage < heatmap.totalRows();
    }

    /** A shade 0–4 for a count, relative to the largest count on the page. */
    public int shade(int count) {
      if (count == 0 || heatmap.maximum() == 0) {
        return 0;
      }
      return Math.max(1, (int) Math.ceil(4.0 * count / heatmap.maximum()));
    }
  }

  /**
   * @param planId the action plan answering the letter, where an accepted group becomes one item
   */
  public record SuggestionsPage(
      Optional<ConsolidationSuggestions> suggestions,
      List<RegionName> regions,
      Optional<String> region,
      Optional<String> planId,
      Form form) {

    /** The plan's form that answers recommendations, with the group's recommendations ticked. */
    public String answerLink(ConsolidationSuggestions.Group group) {
      StringBuilder link = new StringBuilder("/action-plans/" + planId.orElse("") + "/items/new?");
      for (ConsolidationSuggestions.Member m : group.members()) {
        link.append("answer=")
            .append(
                java.net.URLEncoder.encode(
                    m.inspectionId() + "#" + m.number(), java.nio.charset.StandardCharsets.UTF_8))
            .append('&');
      }
      return link.substring(0, link.length() - 1);
    }
  }

  public record RecommendationThemesPage(
      ThemedRecommendationView recommendation, List<ThemeView> themes, Form form) {

    public boolean chosen(String themeId) {
      return recommendation.hasTheme(themeId);
    }
  }

  /**
   * The dashboard's charts: the counts, the filters they were drawn for, and which regions the
   * chart by region shows ({@code from}, {@code perPage} of them).
   */
  public record ChartsPage(
      org.probationinspections.application.insight.port.in.RatingCounts counts,
      Optional<String> region,
      Optional<Integer> year,
      int from,
      int perPage) {

    public List<org.probationinspections.application.insight.port.in.RatingCounts.Group>
        regionsShown() {
      return counts.byRegion();
    }

    public boolean regionsPaged() {
      return counts.regions() > perPage;
    }

    /** The chart page's link from region {@code at}, with the same filters; null when none. */
    public String regionsLink(int at) {
      if (at < 0 || at >= counts.regions() || at == from) {
        return null;
      }
      return link(at);
    }

    public String link(int at) {
      StringBuilder link = new StringBuilder("/dashboard/charts?from=").append(at);
      region.ifPresent(
          r ->
              link.append("&region=")
                  .append(java.net.URLEncoder.encode(r, java.nio.charset.StandardCharsets.UTF_8)));
      year.ifPresent(y -> link.append("&year=").append(y));
      return link.toString();
    }
  }
}
