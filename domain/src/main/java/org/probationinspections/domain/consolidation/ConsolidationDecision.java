package org.probationinspections.domain.consolidation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;

/**
 * What a person decided about one group of a review's recommendations: accepted into one
 * action-plan item, or rejected. The group is named by its members, so a decision still applies
 * when the suggestions are computed again.
 */
public record ConsolidationDecision(
    ReviewId review,
    List<RecommendationRef> members,
    Verdict verdict,
    String by,
    String note,
    Instant at) {

  public ConsolidationDecision {
    Require.present("review", review);
    Require.present("members", members);
    members = members.stream().distinct().sorted(ORDER).toList();
    if (members.size() < 2) {
      throw new InvalidValueException("members", "a group needs two recommendations or more");
    }
    Require.present("verdict", verdict);
    by = Require.text("by", by);
    note = Require.present("note", note).strip();
    Require.present("at", at);
  }

  private static final Comparator<RecommendationRef> ORDER =
      Comparator.comparing((RecommendationRef r) -> r.inspectionId().value())
          .thenComparingInt(RecommendationRef::number);

  /** The group's name: its members in a fixed order, as {@code inspection#number,…}. */
  public String groupKey() {
    return key(members);
  }

  public static String key(List<RecommendationRef> members) {
    return members.stream()
        .distinct()
        .sorted(ORDER)
        .map(r -> r.inspectionId().value() + "#" + r.number())
        .collect(Collectors.joining(","));
  }
}
