package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/** Regional reviews held in memory. */
public final class InMemoryReviews extends InMemoryRepository<ReviewId, RegionalReview>
    implements ReviewRepository {

  public InMemoryReviews(InMemoryStore store) {
    super(store, Versions.REVIEWS, Comparator.comparing(RegionalReview::date).reversed());
  }

  @Override
  public List<RegionalReview> findByRegion(RegionId region) {
    return sorted(r -> r.regionId().equals(region));
  }

  @Override
  public long save(RegionalReview review) {
    return Versions.REVIEWS.save(store, review.id(), review.id().value(), review);
  }
}
