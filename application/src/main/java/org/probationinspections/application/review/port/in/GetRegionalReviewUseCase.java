package org.probationinspections.application.review.port.in;

import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.domain.review.ReviewId;

/** One regional letter. */
public interface GetRegionalReviewUseCase {

  RegionalReviewDocument get(ReviewId id);
}
