package org.probationinspections.domain.plan;

import java.util.List;
import java.util.Map;

/**
 * The coverage check: every expected recommendation answered by exactly one item. {@code
 * answeredMoreThanOnce} maps a recommendation to the items that answer it; {@code unexpected} are
 * answers to recommendations outside the reviewed inspections.
 */
public record Coverage(
    List<RecommendationRef> unanswered,
    Map<RecommendationRef, List<Integer>> answeredMoreThanOnce,
    List<RecommendationRef> unexpected) {

  public Coverage {
    unanswered = List.copyOf(unanswered);
    answeredMoreThanOnce = Map.copyOf(answeredMoreThanOnce);
    unexpected = List.copyOf(unexpected);
  }

  public boolean isComplete() {
    return unanswered.isEmpty() && answeredMoreThanOnce.isEmpty() && unexpected.isEmpty();
  }
}
