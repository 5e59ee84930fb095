package org.probationinspections.application.insight;

import java.util.List;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.domain.common.NotFoundException;

/** Recommendations with their themes; an unknown theme id is refused, not matched by nothing. */
public final class ListThemedRecommendationsService implements ListThemedRecommendationsUseCase {

  private final RecommendationIndex index;
  private final ThemeAssigner assigner;

  ListThemedRecommendationsService(RecommendationIndex index, ThemeAssigner assigner) {
    this.index = index;
    this.assigner = assigner;
  }

  @Override
  public List<ThemedRecommendationView> list(Query query) {
    query
        .theme()
        .ifPresent(
            id ->
                assigner.taxonomy().find(id).orElseThrow(() -> new NotFoundException("Theme", id)));
    return assigner.views(index.entries(query.region(), query.pdu())).stream()
        .filter(view -> query.theme().map(view::hasTheme).orElse(true))
        .toList();
  }
}
