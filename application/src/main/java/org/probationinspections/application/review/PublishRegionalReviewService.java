package org.probationinspections.application.review;

import java.util.List;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;

/** Publishes a regional letter over inspections of that region's PDUs only. */
record PublishRegionalReviewService(
    ReviewRepository reviews, InspectionRepository inspections, Directory directory)
    implements PublishRegionalReviewUseCase {

  @Override
  public ReviewId publish(Command command) {
    var region = directory.region(command.region());
    for (var id : command.inspections()) {
      Inspection inspection = inspections.get(id);
      var pdu = directory.pdu(inspection.pduId());
      if (!pdu.regionId().equals(region.id())) {
        throw new RuleBrokenException(
            "review-covers-own-region",
            "the inspection of " + pdu.name() + " belongs to another region than " + region.name());
      }
    }
    RegionalReview review =
        new RegionalReview(
            ReviewId.newId(),
            region.id(),
            command.date(),
            command.inspections(),
            command.observations(),
            List.of(),
            0);
    reviews.save(review);
    return review.id();
  }
}
