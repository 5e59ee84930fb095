package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/** Regional reviews held in memory. */
public final class InMemoryReviews extends InMemoryRegionalAggregates<ReviewId, RegionalReview>
    implements ReviewRepository {

  /** Newest first, then by id: the order of {@link #page}. */
  private static final Comparator<RegionalReview> PAGE_ORDER =
      Comparator.comparing(RegionalReview::date)
          .reversed()
          .thenComparing(review -> review.id().value());

  public InMemoryReviews(InMemoryStore store) {
    super(
        store,
        Versions.REVIEWS,
        Comparator.comparing(RegionalReview::date).reversed(),
        RegionalReview::regionId);
  }

  @Override
  public List<RegionalReview> page(
      Optional<RegionId> region, Optional<ReviewKey> after, int limit) {
    return (region.isPresent() ? findByRegion(region.get()) : findAll())
        .stream()
            .sorted(PAGE_ORDER)
            .filter(
                review ->
                    after
                        .map(
                            key ->
                                review.date().isBefore(key.date())
                                    || (review.date().equals(key.date())
                                        && review.id().value().compareTo(key.id().value()) > 0))
                        .orElse(true))
            .limit(limit)
            .toList();
  }
}
