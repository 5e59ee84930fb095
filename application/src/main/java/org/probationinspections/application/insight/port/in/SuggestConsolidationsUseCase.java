package org.probationinspections.application.insight.port.in;

import java.util.Optional;
import org.probationinspections.domain.common.Require;

/**
 * Suggests which recommendations of a region's regional review (the latest, unless one is named)
 * one action-plan item could answer.
 */
public interface SuggestConsolidationsUseCase {

  ConsolidationSuggestions suggest(Query query);

  record Query(String region, Optional<String> reviewId) {

    public Query {
      region = Require.text("region", region);
      Require.present("reviewId", reviewId);
    }
  }
}
