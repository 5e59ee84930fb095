package org.probationinspections.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.plan.FollowUpJudgement;

/** The worded vocabularies read as the published documents write them. */
class WordedTest {

  @ParameterizedTest
  @CsvSource({
    "INADEQUATE, Inadequate",
    "REQUIRES_IMPROVEMENT, Requires improvement",
    "GOOD, Good",
    "OUTSTANDING, Outstanding",
    "NOT_RATED, Not rated"
  })
  void eachRating_readsAsPublished(Rating rating, String wording) {
    assertEquals(wording, rating.label());
  }

  @ParameterizedTest
  @CsvSource({
    "NO_PROGRESS, No progress",
    "INSUFFICIENT_PROGRESS, Insufficient progress",
    "REASONABLE_PROGRESS, Reasonable progress",
    "GOOD_PROGRESS, Good progress"
  })
  void eachFollowUpJudgement_readsAsPublished(FollowUpJudgement judgement, String wording) {
    assertEquals(wording, judgement.label());
  }
}
