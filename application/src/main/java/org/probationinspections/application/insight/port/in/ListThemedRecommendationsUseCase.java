package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;

/** Every recommendation with its themes, filtered by region, PDU and theme. */
public interface ListThemedRecommendationsUseCase {

  List<ThemedRecommendationView> list(Query query);

  /**
   * One page of the same list, in the same order (oldest fieldwork first, then by number); the
   * cursor holds where the next page starts.
   */
  CursorPage<ThemedRecommendationView> page(Query query, CursorPage.Request page);

  /** Region and PDU by id or name; theme by id. Empty means any. */
  record Query(Optional<String> region, Optional<String> pdu, Optional<String> theme) {

    public static Query all() {
      return new Query(Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
