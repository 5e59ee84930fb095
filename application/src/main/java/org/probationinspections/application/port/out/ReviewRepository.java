package org.probationinspections.application.port.out;

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

  long save(RegionalReview review);
}
