package org.probationinspections.application.review;

import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.review.port.in.GetRegionalReviewUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.ReviewDocuments;
import org.probationinspections.domain.review.ReviewId;

/** One regional letter. */
record GetRegionalReviewService(
    ReviewRepository reviews, InspectionRepository inspections, Directory directory)
    implements GetRegionalReviewUseCase {

  @Override
  public RegionalReviewDocument get(ReviewId id) {
    var review = reviews.get(id);
    return ReviewDocuments.document(review, inspections, new Names(directory));
  }
}
