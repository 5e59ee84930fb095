package org.probationinspections.persistence.memory;

import java.util.Comparator;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;

/** Regional reviews held in memory. */
public final class InMemoryReviews extends InMemoryRegionalAggregates<ReviewId, RegionalReview>
    implements ReviewRepository {

  public InMemoryReviews(InMemoryStore store) {
    super(
        store,
        Versions.REVIEWS,
        Comparator.comparing(RegionalReview::date).reversed(),
        RegionalReview::regionId);
  }
}
