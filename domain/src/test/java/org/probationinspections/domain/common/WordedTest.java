package org.probationinspections.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.plan.FollowUpJudgement;

/** The worded vocabularies read as the published documents write them. */
class WordedTest {

  static Stream<Arguments> wordings() {
    return Stream.of(
        arguments(Rating.INADEQUATE, "Inadequate"),
        arguments(Rating.REQUIRES_IMPROVEMENT, "Requires improvement"),
        arguments(Rating.GOOD, "Good"),
        arguments(Rating.OUTSTANDING, "Outstanding"),
        arguments(Rating.NOT_RATED, "Not rated"),
        arguments(FollowUpJudgement.NO_PROGRESS, "No progress"),
        arguments(FollowUpJudgement.INSUFFICIENT_PROGRESS, "Insufficient progress"),
        arguments(FollowUpJudgement.REASONABLE_PROGRESS, "Reasonable progress"),
        arguments(FollowUpJudgement.GOOD_PROGRESS, "Good progress"));
  }

  @ParameterizedTest
  @MethodSource("wordings")
  void eachConstant_readsAsPublished(Worded constant, String wording) {
    assertEquals(wording, constant.label());
  }
}
