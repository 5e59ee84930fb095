package org.probationinspections.application.shared;

import java.util.ArrayList;
import java.util.List;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;

/**
 * The inspections an action plan answers for: those of its regional review, or, for a plan with no
 * review, the latest inspection of each of the region's PDUs.
 */
public record PlanScope(
    ReviewRepository reviews, InspectionRepository inspections, Directory directory) {

  public List<Inspection> inspections(ActionPlan plan) {
    List<Inspection> found = new ArrayList<>();
    var review = plan.reviewId().flatMap(reviews::findById);
    if (review.isPresent()) {
      for (var id : review.map(RegionalReview::inspections).orElseThrow()) {
        inspections.findById(id).ifPresent(found::add);
      }
      return found;
    }
    for (var pdu : directory.pdus().findByRegion(plan.regionId())) {
      List<Inspection> ofPdu = inspections.findByPdu(pdu.id());
      if (!ofPdu.isEmpty()) {
        found.add(ofPdu.get(ofPdu.size() - 1));
      }
    }
    return found;
  }

  public List<RecommendationRef> expectedRecommendations(ActionPlan plan) {
    List<RecommendationRef> refs = new ArrayList<>();
    for (Inspection inspection : inspections(plan)) {
      inspection
          .recommendations()
          .forEach(r -> refs.add(new RecommendationRef(inspection.id(), r.number())));
    }
    return refs;
  }
}
