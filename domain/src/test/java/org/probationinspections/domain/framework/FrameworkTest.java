package org.probationinspections.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.domain.framework.PublishedRatings.cheshireWest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.RuleBrokenException;

class FrameworkTest {

  private final Framework framework = TestFrameworks.probation2021();

  @ParameterizedTest(name = "{0}/{1}/{2} → {3}")
  @CsvSource({
    // Cheshire West, as published: assessment, planning, implementation, reviewing
    "71, 76, 32, INADEQUATE",
    "74, 74, 59, REQUIRES_IMPROVEMENT",
    // the band edges
    "80, 90, 100, OUTSTANDING",
    "79, 90, 100, GOOD",
    "65, 90, 100, GOOD",
    "64, 90, 100, REQUIRES_IMPROVEMENT",
    "50, 90, 100, REQUIRES_IMPROVEMENT",
    "49, 90, 100, INADEQUATE",
    "0, 0, 0, INADEQUATE"
  })
  void standardRating_isTheLowestKeyQuestionPlacedInItsBand(
      int first, int second, int third, Rating expected) {
    assertEquals(expected, framework.rateFromKeyQuestions(List.of(first, second, third)));
  }

  @Test
  void givenCourtWorkNotRated_scoreIsOutOf24() {
    Map<String, Rating> ratings = cheshireWest();
    assertEquals(new Score(7, 24), framework.score(ratings));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, framework.overallRating(new Score(7, 24)));
  }

  @Test
  void givenNineRatedStandards_scoreIsOutOf27() {
    Map<String, Rating> ratings = new LinkedHashMap<>(cheshireWest());
    ratings.put("2.1", Rating.GOOD);
    assertEquals(new Score(9, 27), framework.score(ratings));
  }

  @Test
  void outcomes_neverCountTowardsTheScore() {
    Map<String, Rating> ratings = new LinkedHashMap<>(cheshireWest());
    ratings.put("2.6", Rating.OUTSTANDING);
    assertEquals(new Score(7, 24), framework.score(ratings));
  }

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @CsvSource({
    "7, 24, REQUIRES_IMPROVEMENT",
    "2, 24, INADEQUATE",
    "4, 24, INADEQUATE",
    "10, 27, REQUIRES_IMPROVEMENT",
    "6, 27, REQUIRES_IMPROVEMENT",
    "5, 27, INADEQUATE",
    "24, 27, OUTSTANDING",
    "14, 24, GOOD"
  })
  void overallRating_comesFromTheBandsOfTheMaximum(int score, int maximum, Rating expected) {
    assertEquals(expected, framework.overallRating(new Score(score, maximum)));
  }

  @Test
  void givenAMaximumWithoutBands_overallRatingIsAnErrorNotAGuess() {
    RuleBrokenException error =
        assertThrows(RuleBrokenException.class, () -> framework.overallRating(new Score(3, 21)));
    assertEquals("no overall bands configured for a maximum of 21", error.getMessage());
  }

  @Test
  void givenThreeInadequateCaseStandards_leadershipGood_breaksTheLeadershipRule() {
    List<DecisionRule> broken = framework.rulesBrokenBy("1.1", Rating.GOOD, cheshireWest());
    assertEquals(1, broken.size());
    assertEquals("leadership-limited-by-inadequate-case-supervision", broken.get(0).id());
    assertTrue(
        framework.rulesBrokenBy("1.1", Rating.REQUIRES_IMPROVEMENT, cheshireWest()).isEmpty());
  }

  @Test
  void givenAllCaseStandardsInadequate_onlyInadequateLeadershipIsAllowed() {
    Map<String, Rating> ratings = PublishedRatings.knowsleyCaseSupervision();
    assertEquals(
        "leadership-inadequate-when-all-case-supervision-inadequate",
        framework.rulesBrokenBy("1.1", Rating.REQUIRES_IMPROVEMENT, ratings).get(0).id());
    assertTrue(framework.rulesBrokenBy("1.1", Rating.INADEQUATE, ratings).isEmpty());
  }

  @Test
  void givenInadequateImplementation_servicesGood_breaksTheServicesRule() {
    assertEquals(
        "services-limited-by-inadequate-implementation",
        framework.rulesBrokenBy("1.3", Rating.GOOD, Map.of("2.4", Rating.INADEQUATE)).get(0).id());
    assertTrue(framework.rulesBrokenBy("1.3", Rating.GOOD, Map.of("2.4", Rating.GOOD)).isEmpty());
  }

  @Test
  void givenNoCaseStandardRatedYet_noRuleApplies() {
    assertTrue(framework.rulesBrokenBy("1.1", Rating.OUTSTANDING, Map.of()).isEmpty());
  }

  @Test
  void givenBandsWithAGap_theFrameworkIsRefused() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class,
            () ->
                new OverallBands(
                    24, List.of(new Band(0, 4, Rating.INADEQUATE), new Band(6, 24, Rating.GOOD))));
    assertTrue(error.getMessage().contains("score 5"), error.getMessage());
  }

  @Test
  void givenARuleNamingAnUnknownStandard_theFrameworkIsRefused() {
    Framework base = TestFrameworks.probation2021();
    DecisionRule stray =
        new DecisionRule(
            "stray",
            "names 9.9",
            "1.1",
            List.of("9.9"),
            Quantifier.ANY,
            Rating.INADEQUATE,
            RuleEffect.AT_MOST,
            Rating.GOOD);
    assertThrows(
        InvalidValueException.class,
        () ->
            new Framework(
                base.id(),
                base.name(),
                base.inspects(),
                base.domains(),
                base.standards(),
                base.keyQuestionBands(),
                base.scores(),
                base.overallBands(),
                List.of(stray)));
  }

  @Test
  void overallBands_sayWhetherTheyAreAssumed_perMaximum() {
    Framework published = TestFrameworks.probation2021();
    OverallBands first = published.overallBands().get(0);
    Framework assumed =
        new Framework(
            published.id(),
            published.name(),
            published.inspects(),
            published.domains(),
            published.standards(),
            published.keyQuestionBands(),
            published.scores(),
            List.of(new OverallBands(first.maximum(), true, first.bands())),
            published.decisionRules());

    assertTrue(assumed.overallBandsAssumed(first.maximum()));
    assertFalse(published.overallBandsAssumed(first.maximum()), "bands made as published");
    assertFalse(assumed.overallBandsAssumed(first.maximum() + 1), "no bands for that maximum");
  }
}
