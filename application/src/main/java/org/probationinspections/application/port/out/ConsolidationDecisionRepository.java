package org.probationinspections.application.port.out;

import java.util.List;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.review.ReviewId;

/** Decisions on suggested groups, one per review and group (a later decision replaces it). */
public interface ConsolidationDecisionRepository {

  List<ConsolidationDecision> findByReview(ReviewId review);

  void save(ConsolidationDecision decision);
}
