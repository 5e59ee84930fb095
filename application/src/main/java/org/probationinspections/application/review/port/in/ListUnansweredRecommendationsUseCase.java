package org.probationinspections.application.review.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;

/**
 * The recommendations a regional action plan may still answer: those of the inspections its
 * regional letter covers, of the one inspection it answers, or (with neither) of each of the
 * region's units' latest inspection, that are not among {@code answered}, read in one read-only
 * unit of work.
 */
public interface ListUnansweredRecommendationsUseCase {

  List<Unanswered> list(Query query);

  /**
   * @param region the region by id or name, read when there is no letter
   * @param review the regional letter the plan answers, if any
   * @param inspection the inspection the plan answers instead of a letter, if any
   * @param answered the recommendations the plan answers already
   */
  record Query(
      String region,
      Optional<ReviewId> review,
      Optional<InspectionId> inspection,
      Set<RecommendationRef> answered) {
    public Query {
      region = Require.text("region", region);
      Require.present("review", review);
      Require.present("inspection", inspection);
      answered = answered == null ? Set.of() : Set.copyOf(answered);
    }

    /** For a plan that answers a letter, or the latest inspections of the region's units. */
    public Query(String region, Optional<ReviewId> review, Set<RecommendationRef> answered) {
      this(region, review, Optional.empty(), answered);
    }
  }

  /** One recommendation not answered yet: its inspection, PDU, number and text. */
  record Unanswered(String inspectionId, String pdu, int number, String text) {}
}
