package org.probationinspections.application.shared;

import java.util.ArrayList;
import java.util.List;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/**
 * The inspections an action plan answers for: those of its regional review, the one inspection it
 * answers (a region's inspection of its own, say), or, for a plan that names neither, the latest
 * inspection of each of the region's units.
 */
public record PlanScope(
    ReviewRepository reviews, InspectionRepository inspections, Directory directory) {

  public List<Inspection> inspections(ActionPlan plan) {
    List<Inspection> found = new ArrayList<>();
    if (plan.inspectionId().isPresent()) {
      return List.of(inspections.get(plan.inspectionId().get()));
    }
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

  /**
   * Refuses an inspection that a plan of {@code region} cannot answer: one of a unit of another
   * region.
   */
  public void requireOfRegion(InspectionId id, Region region) {
    Inspection inspection = inspections.get(id);
    Pdu unit = directory.pdu(inspection.pduId());
    if (!unit.regionId().equals(region.id())) {
      throw new InvalidValueException(
          "inspectionId",
          "inspection " + id.value() + " is of " + unit.name() + ", not of " + region.name());
    }
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
