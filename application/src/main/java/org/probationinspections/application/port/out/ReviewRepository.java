package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/** Stores regional reviews, optimistically like {@link InspectionRepository}. */
public interface ReviewRepository {

  Optional<RegionalReview> findById(ReviewId id);

  /** The region's reviews, newest first. */
  List<RegionalReview> findByRegion(RegionId region);

  /** Every review, newest first. */
  List<RegionalReview> findAll();

  long save(RegionalReview review);
}
