package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.insight.port.in.ThemeView;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.domain.theme.Theme;

/** Counts each PDU's recommendations by theme (a recommendation counts once under each theme). */
record ThemeHeatmapService(RecommendationIndex index, ThemeAssigner assigner)
    implements ThemeHeatmapUseCase {

  @Override
  public ThemeHeatmap heatmap(Optional<String> region) {
    List<Theme> themes = assigner.taxonomy().themes();
    Map<String, List<ThemedRecommendationView>> byPdu = new LinkedHashMap<>();
    for (ThemedRecommendationView view : assigner.views(index.entries(region, Optional.empty()))) {
      byPdu.computeIfAbsent(view.pduId(), id -> new ArrayList<>()).add(view);
    }
    List<Row> rows = new ArrayList<>();
    int maximum = 0;
    for (List<ThemedRecommendationView> views : byPdu.values()) {
      List<Integer> counts = new ArrayList<>();
      for (Theme theme : themes) {
        int count = (int) views.stream().filter(v -> v.hasTheme(theme.id())).count();
        counts.add(count);
        maximum = Math.max(maximum, count);
      }
      ThemedRecommendationView first = views.get(0);
      rows.add(new Row(first.pduId(), first.pdu(), first.region(), views.size(), counts));
    }
    rows.sort(Comparator.comparing(Row::region).thenComparing(Row::pdu));
    List<ThemeView> columns = themes.stream().map(ThemeAssigner::view).toList();
    return new ThemeHeatmap(columns, rows, maximum);
  }
}
