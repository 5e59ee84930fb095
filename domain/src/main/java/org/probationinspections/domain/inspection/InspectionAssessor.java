package org.probationinspections.domain.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;
import org.probationinspections.domain.framework.StandardDefinition;

/**
 * Rules 2, 3 and 5 over one inspection under its framework: the score, the overall rating and every
 * disagreement between what was published and what the rules compute.
 */
final class InspectionAssessor {

  private final Inspection inspection;
  private final Framework framework;
  private final Map<String, Rating> ratings;
  private final PublishedSummary published;
  private final boolean summary;

  InspectionAssessor(Inspection inspection, Framework framework) {
    this(inspection, framework, inspection.isSummary());
  }

  /** An inspection assessed as a published summary or not, whatever its record says. */
  InspectionAssessor(Inspection inspection, Framework framework, boolean summary) {
    this.inspection = inspection;
    this.framework = framework;
    this.ratings = inspection.ratings();
    this.published = inspection.published();
    this.summary = summary;
  }

  Assessment assess() {
    if (summary) {
      return assessSummary();
    }
    Score score = framework.score(ratings);
    List<String> flags = new ArrayList<>();
    Optional<Rating> overall;
    try {
      overall = Optional.of(framework.overallRating(score));
    } catch (RuleBrokenException noBands) {
      overall = Optional.empty();
      if (score.maximum() > 0) {
        flags.add(noBands.getMessage());
      }
    }
    for (StandardResult result : inspection.results()) {
      String name = framework.findStandard(result.code()).map(StandardDefinition::name).orElse("");
      if (result.disagreesWithPublished()) {
        flags.add(
            result.code()
                + " "
                + name
                + " published as "
                + result.publishedRating().orElseThrow()
                + ": computed "
                + result.rating()
                + " from key questions "
                + result.keyQuestions().stream()
                    .map(question -> question.percentYes() + "%")
                    .collect(Collectors.joining("/")));
      }
      flags.addAll(rulesBrokenBy(result, name));
    }
    published
        .asScore()
        .filter(printed -> !printed.equals(score))
        .ifPresent(printed -> flags.add("score published as " + printed + ": computed " + score));
    if (published.overallText().isPresent() && overall.isPresent()) {
      String printed = published.overallText().get();
      Optional<Rating> printedRating = published.overallRating();
      if (printedRating.isEmpty()) {
        flags.add(
            "overall rating printed as '"
                + printed
                + "': computed "
                + overall.get()
                + " from "
                + score);
      } else if (printedRating.get() != overall.get()) {
        flags.add(
            "overall rating published as "
                + printedRating.get()
                + ": computed "
                + overall.get()
                + " from "
                + score);
      }
    }
    return new Assessment(score, overall, flags);
  }

  /**
   * A published summary is held as published: its overall rating is the one published, never
   * replaced. Where the standard ratings and score the source stated decide the overall rating
   * (every rated standard known, or the score), the rules compute it beside, and a published rating
   * the stated figures do not allow is flagged.
   */
  private Assessment assessSummary() {
    List<String> flags = new ArrayList<>();
    boolean everyRatingKnown =
        framework.isRated()
            && framework.standards().stream()
                .filter(StandardDefinition::isRated)
                .allMatch(standard -> ratings.containsKey(standard.code()));
    Optional<Score> printed = published.asScore();
    Score score = everyRatingKnown ? framework.score(ratings) : printed.orElse(new Score(0, 0));
    if (everyRatingKnown) {
      printed
          .filter(stated -> !stated.equals(score))
          .ifPresent(
              stated ->
                  flags.add(
                      "score published as "
                          + stated
                          + ": computed "
                          + score
                          + " from the published standard ratings"));
    }
    Set<Rating> allowed =
        framework.isRated()
            ? framework.possibleOverallRatings(ratings, published.score(), published.maximum())
            : Set.of();
    Optional<Rating> computed =
        allowed.size() == 1 ? Optional.of(allowed.iterator().next()) : Optional.empty();
    Optional<Rating> publishedOverall = published.overallRating();
    String basis =
        everyRatingKnown
            ? "every standard's published rating (" + score + ")"
            : published.score().isPresent()
                ? "the published score of " + published.score().getAsInt()
                : "the published standard ratings";
    if (publishedOverall.isPresent() && !allowed.isEmpty()) {
      Rating stated = publishedOverall.get();
      if (computed.isPresent() && computed.get() != stated) {
        flags.add(
            "overall rating published as "
                + stated
                + ": computed "
                + computed.get()
                + " from "
                + basis);
      } else if (computed.isEmpty() && !allowed.contains(stated)) {
        flags.add(
            "overall rating published as " + stated + ": " + basis + " allow only " + allowed);
      }
    }
    flags.addAll(brokenDecisionRules());
    return new Assessment(score, publishedOverall.or(() -> computed), computed, flags);
  }

  private List<String> brokenDecisionRules() {
    List<String> flags = new ArrayList<>();
    for (StandardResult result : inspection.results()) {
      String name = framework.findStandard(result.code()).map(StandardDefinition::name).orElse("");
      flags.addAll(rulesBrokenBy(result, name));
    }
    return flags;
  }

  /** The decision rules a judged standard's rating breaks, each said in words; none if computed. */
  private List<String> rulesBrokenBy(StandardResult result, String name) {
    if (result.source() != RatingSource.JUDGEMENT) {
      return List.of();
    }
    return framework.rulesBrokenBy(result.code(), result.rating(), ratings).stream()
        .map(
            rule ->
                result.code()
                    + " "
                    + name
                    + " rated "
                    + result.rating()
                    + " breaks decision rule '"
                    + rule.id()
                    + "': "
                    + rule.description())
        .toList();
  }
}
