package org.probationinspections.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/** Stores regional reviews, optimistically like {@link InspectionRepository}. */
public interface ReviewRepository {

  Optional<RegionalReview> findById(ReviewId id);

  /** The regional review with this id; {@link NotFoundException} when there is none. */
  default RegionalReview get(ReviewId id) {
    return findById(id).orElseThrow(() -> new NotFoundException("Regional review", id.value()));
  }

  /** The region's reviews, newest first. */
  List<RegionalReview> findByRegion(RegionId region);

  /** Every review, newest first. */
  List<RegionalReview> findAll();

  /**
   * The reviews with these ids, in the order given; an unknown id is left out. A store may read
   * them together; by default each is read by its id.
   */
  default List<RegionalReview> findByIds(List<ReviewId> ids) {
    return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
  }

  /**
   * A page of the reviews of a region (or of all), newest first and then by id, starting after
   * {@code after}: at most {@code limit} of them, read by the store's keys.
   */
  List<RegionalReview> page(Optional<RegionId> region, Optional<ReviewKey> after, int limit);

  /** Where a review sits in the order of {@link #page}. */
  record ReviewKey(LocalDate date, ReviewId id) {

    public static ReviewKey of(RegionalReview review) {
      return new ReviewKey(review.date(), review.id());
    }
  }

  long save(RegionalReview review);
}
