package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.review.ReviewId;

/** Decisions on suggested groups held in memory, keyed by review and group. */
public final class InMemoryConsolidationDecisions
    extends InMemoryTable<String, ConsolidationDecision>
    implements ConsolidationDecisionRepository {

  public InMemoryConsolidationDecisions(InMemoryStore store) {
    super(
        store,
        t -> t.consolidationDecisions,
        Comparator.comparing(ConsolidationDecision::groupKey));
  }

  @Override
  public List<ConsolidationDecision> findByReview(ReviewId review) {
    return sorted(d -> d.review().equals(review));
  }

  @Override
  public void save(ConsolidationDecision decision) {
    put(decision.review().value() + " " + decision.groupKey(), decision);
  }
}
