package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/** Regional reviews held in memory. */
public final class InMemoryReviews implements ReviewRepository {

  private final InMemoryStore store;

  public InMemoryReviews(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<RegionalReview> findById(ReviewId id) {
    return store.read(t -> Optional.ofNullable(t.reviews.get(id)));
  }

  @Override
  public List<RegionalReview> findByRegion(RegionId region) {
    return findAll().stream().filter(r -> r.regionId().equals(region)).toList();
  }

  @Override
  public List<RegionalReview> findAll() {
    return store.read(
        t ->
            t.reviews.values().stream()
                .sorted(Comparator.comparing(RegionalReview::date).reversed())
                .toList());
  }

  @Override
  public long save(RegionalReview review) {
    return Versions.REVIEWS.save(
        store, review.id(), review.id().value(), review.version(), next -> Copies.of(review, next));
  }
}
