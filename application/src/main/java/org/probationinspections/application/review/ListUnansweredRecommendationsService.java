package org.probationinspections.application.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.review.port.in.ListUnansweredRecommendationsUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.RecommendationRef;

/**
 * Reads the letter's inspections (or the region's latest ones, newest fieldwork first) and keeps
 * their recommendations that no answer names, all in one read-only unit of work.
 */
record ListUnansweredRecommendationsService(
    ReviewRepository reviews,
    InspectionRepository inspections,
    InspectionSummaries summaries,
    Directory directory)
    implements ListUnansweredRecommendationsUseCase {

  @Override
  public List<Unanswered> list(Query query) {
    List<Unanswered> found = new ArrayList<>();
    for (InspectionId id : scope(query)) {
      Inspection inspection = inspections.get(id);
      String pdu = directory.pdu(inspection.pduId()).name();
      for (var recommendation : inspection.recommendations()) {
        if (!query.answered().contains(new RecommendationRef(id, recommendation.number()))) {
          found.add(
              new Unanswered(id.value(), pdu, recommendation.number(), recommendation.text()));
        }
      }
    }
    return found;
  }

  /**
   * The inspection answered, the letter's inspections, or each of the region's units' latest,
   * newest fieldwork first.
   */
  private List<InspectionId> scope(Query query) {
    if (query.inspection().isPresent()) {
      return List.of(query.inspection().get());
    }
    if (query.review().isPresent()) {
      var id = query.review().get();
      return reviews.get(id).inspections();
    }
    var region = directory.region(query.region()).id();
    return summaries
        .find(
            new InspectionSummaries.Filter(
                Optional.of(region),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                InspectionSummaries.Order.NEWEST_FIRST,
                0,
                Integer.MAX_VALUE))
        .items()
        .stream()
        .map(InspectionSummaries.InspectionDigest::id)
        .toList();
  }
}
