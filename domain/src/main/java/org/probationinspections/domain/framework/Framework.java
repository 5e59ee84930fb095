package org.probationinspections.domain.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * A rating framework as data: its standards, the key-question bands, the score of each rating, the
 * overall bands keyed by maximum score, and the decision rules on judgements. Every rule of the
 * rating engine reads from here, so that another framework is another data file. {@code inspects}
 * says which level of unit its inspections are of: PDUs, regions or the national service.
 */
public record Framework(
    FrameworkId id,
    String name,
    UnitLevel inspects,
    List<DomainDefinition> domains,
    List<StandardDefinition> standards,
    List<Band> keyQuestionBands,
    Map<Rating, Integer> scores,
    List<OverallBands> overallBands,
    List<DecisionRule> decisionRules) {

  public Framework {
    Require.present("framework.id", id);
    name = Require.text("framework.name", name);
    Require.present("framework.inspects", inspects);
    domains = List.copyOf(Require.present("framework.domains", domains));
    Require.notEmpty("framework.standards", standards);
    standards = List.copyOf(standards);
    keyQuestionBands = List.copyOf(Require.present("framework.keyQuestionBands", keyQuestionBands));
    Require.present("framework.scores", scores);
    scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
    overallBands = List.copyOf(Require.present("framework.overallBands", overallBands));
    decisionRules = List.copyOf(Require.present("framework.decisionRules", decisionRules));
    validate(standards, keyQuestionBands, scores, overallBands, decisionRules);
  }

  private static void validate(
      List<StandardDefinition> standards,
      List<Band> keyQuestionBands,
      Map<Rating, Integer> scores,
      List<OverallBands> overallBands,
      List<DecisionRule> decisionRules) {
    Set<String> codes = new HashSet<>();
    for (StandardDefinition standard : standards) {
      if (!codes.add(standard.code())) {
        throw new InvalidValueException(
            "framework.standards", "standard " + standard.code() + " is defined twice");
      }
      if (standard.basis() == RatingBasis.KEY_QUESTIONS && keyQuestionBands.isEmpty()) {
        throw new InvalidValueException(
            "framework.keyQuestionBands",
            "standard " + standard.code() + " is rated from key questions but no bands are set");
      }
    }
    // An unrated framework (every standard never rated) has no score to give.
    boolean ratesAny = standards.stream().anyMatch(StandardDefinition::isRated);
    for (Rating rating : Rating.values()) {
      if (ratesAny && rating.isRated() && !scores.containsKey(rating)) {
        throw new InvalidValueException("framework.scores", "no score for " + rating);
      }
    }
    Set<Integer> maxima = new HashSet<>();
    for (OverallBands bands : overallBands) {
      if (!maxima.add(bands.maximum())) {
        throw new InvalidValueException(
            "framework.overallBands", "maximum " + bands.maximum() + " is configured twice");
      }
    }
    for (DecisionRule rule : decisionRules) {
      List<String> named = new ArrayList<>(rule.whenStandards());
      named.add(rule.standard());
      for (String code : named) {
        if (!codes.contains(code)) {
          throw new InvalidValueException(
              "framework.decisionRules",
              "rule " + rule.id() + " names standard " + code + ", which is not defined");
        }
      }
    }
  }

  /**
   * False for an unrated framework: no standard is rated, so there is no score or overall rating.
   */
  public boolean isRated() {
    return standards.stream().anyMatch(StandardDefinition::isRated);
  }

  public Optional<StandardDefinition> findStandard(String code) {
    return standards.stream().filter(standard -> standard.code().equals(code)).findFirst();
  }

  public StandardDefinition standard(String code) {
    return findStandard(code).orElseThrow(() -> new NotFoundException("Standard", code));
  }

  /** Rule 1: the lowest key-question percentage, placed in the key-question bands. */
  public Rating rateFromKeyQuestions(Collection<Integer> percentagesYes) {
    Require.notEmpty("keyQuestions", percentagesYes);
    int lowest = percentagesYes.stream().min(Comparator.naturalOrder()).orElseThrow();
    Require.between("keyQuestions.percentYes", lowest, 0, 100);
    return keyQuestionBands.stream()
        .filter(band -> band.contains(lowest))
        .map(Band::rating)
        .findFirst()
        .orElseThrow(
            () ->
                new RuleBrokenException(
                    "key-question-bands", "no key-question band contains " + lowest + "%"));
  }

  public int scoreOf(Rating rating) {
    Integer score = scores.get(rating);
    if (score == null) {
      throw new InvalidValueException("rating", rating + " has no score");
    }
    return score;
  }

  /** Rule 2: the sum over rated standards, out of the best score for each of them. */
  public Score score(Map<String, Rating> ratingsByStandard) {
    int best = scores.values().stream().max(Comparator.naturalOrder()).orElse(0);
    int value = 0;
    int maximum = 0;
    for (StandardDefinition standard : standards) {
      Rating rating = ratingsByStandard.getOrDefault(standard.code(), Rating.NOT_RATED);
      if (standard.isRated() && rating.isRated()) {
        value += scoreOf(rating);
        maximum += best;
      }
    }
    return new Score(value, maximum);
  }

  /**
   * Whether the overall bands for a maximum of {@code maximum} are assumed (not published by the
   * inspectorate); false when there are none.
   */
  public boolean overallBandsAssumed(int maximum) {
    return overallBands.stream().anyMatch(bands -> bands.maximum() == maximum && bands.assumed());
  }

  /** Rule 3: the overall rating from the bands configured for the score's maximum. */
  public Rating overallRating(Score score) {
    OverallBands bands =
        overallBands.stream()
            .filter(candidate -> candidate.maximum() == score.maximum())
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleBrokenException(
                        "overall-bands",
                        "no overall bands configured for a maximum of " + score.maximum()));
    return bands
        .ratingFor(score.value())
        .orElseThrow(
            () ->
                new RuleBrokenException(
                    "overall-bands", "score " + score + " lies outside the configured bands"));
  }

  /**
   * The overall ratings the rules allow when only some standards' ratings are known: each standard
   * not in {@code known} may have any rating, or none (a score out of a smaller maximum, where
   * bands are configured for it). A stated {@code score} (and {@code maximum}) narrows it to that
   * score. One rating means the rules compute it; none means no bands apply.
   */
  public Set<Rating> possibleOverallRatings(
      Map<String, Rating> known, OptionalInt score, OptionalInt maximum) {
    int best = scores.values().stream().max(Comparator.naturalOrder()).orElse(0);
    // The (score, maximum) pairs the standards can reach, one standard at a time.
    Set<List<Integer>> reachable = new HashSet<>();
    reachable.add(List.of(0, 0));
    for (StandardDefinition standard : standards) {
      if (!standard.isRated()) {
        continue;
      }
      Rating rating = known.get(standard.code());
      Set<List<Integer>> next = new HashSet<>();
      for (List<Integer> pair : reachable) {
        if (rating != null) {
          next.add(
              rating.isRated() ? List.of(pair.get(0) + scoreOf(rating), pair.get(1) + best) : pair);
          continue;
        }
        next.add(pair);
        for (Rating any : Rating.values()) {
          if (any.isRated()) {
            next.add(List.of(pair.get(0) + scoreOf(any), pair.get(1) + best));
          }
        }
      }
      reachable = next;
    }
    Set<Rating> possible = EnumSet.noneOf(Rating.class);
    for (List<Integer> pair : reachable) {
      int value = score.isPresent() ? score.getAsInt() : pair.get(0);
      int most = pair.get(1);
      if (maximum.isPresent() && maximum.getAsInt() != most) {
        continue;
      }
      overallBands.stream()
          .filter(bands -> bands.maximum() == most)
          .findFirst()
          .flatMap(bands -> bands.ratingFor(value))
          .ifPresent(possible::add);
    }
    return possible;
  }

  /** Rule 4: the decision rules that a judgement of {@code code} as {@code judged} breaks. */
  public List<DecisionRule> rulesBrokenBy(
      String code, Rating judged, Map<String, Rating> ratingsByStandard) {
    return decisionRules.stream()
        .filter(rule -> rule.standard().equals(code))
        .filter(rule -> rule.isBrokenBy(judged, ratingsByStandard))
        .toList();
  }
}
