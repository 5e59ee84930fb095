package org.probationinspections.application.insight;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.port.in.CursorPage;
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
    checkTheme(query);
    return assigner.views(index.entries(query.region(), query.pdu())).stream()
        .filter(view -> query.theme().map(view::hasTheme).orElse(true))
        .toList();
  }

  /**
   * Paged by offset, not by key: a recommendation's themes are computed from its text and the
   * overrides, so a theme filter cannot be put to the store. The index still reads every matching
   * inspection; without a theme filter only the page's recommendations are given themes, with one
   * every recommendation is, and the page is cut from those that have the theme.
   */
  @Override
  public CursorPage<ThemedRecommendationView> page(Query query, CursorPage.Request page) {
    checkTheme(query);
    int offset = page.cursor().map(ListThemedRecommendationsService::offset).orElse(0);
    var entries = index.entries(query.region(), query.pdu());
    List<ThemedRecommendationView> items;
    int total;
    if (query.theme().isEmpty()) {
      total = entries.size();
      items = assigner.views(slice(entries, offset, page.limit()));
    } else {
      var themed =
          assigner.views(entries).stream()
              .filter(view -> view.hasTheme(query.theme().get()))
              .toList();
      total = themed.size();
      items = slice(themed, offset, page.limit());
    }
    int end = offset + items.size();
    return new CursorPage<>(
        items, end < total ? Optional.of(CursorPage.encode("" + end)) : Optional.empty());
  }

  private void checkTheme(Query query) {
    query
        .theme()
        .ifPresent(
            id ->
                assigner.taxonomy().find(id).orElseThrow(() -> new NotFoundException("Theme", id)));
  }

  private static <T> List<T> slice(List<T> all, int offset, int limit) {
    int from = Math.min(offset, all.size());
    return all.subList(from, (int) Math.min((long) from + limit, all.size()));
  }

  private static int offset(String cursor) {
    try {
      int offset = Integer.parseInt(CursorPage.decode(cursor, 1).get(0));
      if (offset < 1) {
        throw CursorPage.invalidCursor();
      }
      return offset;
    } catch (NumberFormatException e) {
      throw CursorPage.invalidCursor();
    }
  }
}
