package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.review.ReviewId;

/** Decisions on suggested groups held in memory, keyed by review and group. */
public final class InMemoryConsolidationDecisions implements ConsolidationDecisionRepository {

  private final InMemoryStore store;

  public InMemoryConsolidationDecisions(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public List<ConsolidationDecision> findByReview(ReviewId review) {
    return store.read(
        t ->
            t.consolidationDecisions.values().stream()
                .filter(d -> d.review().equals(review))
                .sorted(Comparator.comparing(ConsolidationDecision::groupKey))
                .toList());
  }

  @Override
  public void save(ConsolidationDecision decision) {
    store.inTransaction(
        () ->
            store.read(
                t ->
                    t.consolidationDecisions.put(
                        decision.review().value() + " " + decision.groupKey(), decision)));
  }
}
