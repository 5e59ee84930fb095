package org.probationinspections.domain.framework;

import java.util.List;
import java.util.Map;
import org.probationinspections.domain.common.Require;

/**
 * A limit on the inspectors' judgement of one standard: when {@code quantifier} of the rated
 * standards in {@code whenStandards} are rated {@code whenRating}, the judged standard's rating
 * must be {@code effect} {@code rating}. Standards not rated do not count; when none of them is
 * rated the rule does not apply.
 */
public record DecisionRule(
    String id,
    String description,
    String standard,
    List<String> whenStandards,
    Quantifier quantifier,
    Rating whenRating,
    RuleEffect effect,
    Rating rating) {

  public DecisionRule {
    id = Require.text("rule.id", id);
    description = Require.text("rule.description", description);
    standard = Require.text("rule.standard", standard);
    Require.notEmpty("rule.whenStandards", whenStandards);
    whenStandards = List.copyOf(whenStandards);
    Require.present("rule.quantifier", quantifier);
    Require.present("rule.whenRating", whenRating);
    Require.present("rule.effect", effect);
    Require.present("rule.rating", rating);
  }

  /** True when the condition holds for the given ratings by standard code. */
  public boolean applies(Map<String, Rating> ratings) {
    List<Rating> rated =
        whenStandards.stream()
            .map(code -> ratings.getOrDefault(code, Rating.NOT_RATED))
            .filter(Rating::isRated)
            .toList();
    if (rated.isEmpty()) {
      return false;
    }
    return switch (quantifier) {
      case ANY -> rated.contains(whenRating);
      case ALL -> rated.stream().allMatch(whenRating::equals);
    };
  }

  /** True when {@code judged} is a rating this rule forbids, given the other ratings. */
  public boolean isBrokenBy(Rating judged, Map<String, Rating> ratings) {
    if (!judged.isRated() || !applies(ratings)) {
      return false;
    }
    return switch (effect) {
      case AT_MOST -> !judged.isAtMost(rating);
      case EXACTLY -> judged != rating;
    };
  }
}
