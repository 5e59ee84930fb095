package org.probationinspections.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;
import org.probationinspections.domain.framework.TestFrameworks;

class RatingProfileTest {

  private final Framework framework = TestFrameworks.probation2021();

  private static final Map<String, Rating> CHESHIRE_WEST =
      Map.of(
          "1.1", Rating.REQUIRES_IMPROVEMENT,
          "1.2", Rating.GOOD,
          "1.3", Rating.REQUIRES_IMPROVEMENT,
          "1.4", Rating.GOOD,
          "2.1", Rating.NOT_RATED,
          "2.2", Rating.INADEQUATE,
          "2.3", Rating.INADEQUATE,
          "2.4", Rating.INADEQUATE,
          "2.5", Rating.REQUIRES_IMPROVEMENT,
          "2.6", Rating.NOT_RATED);

  @Test
  void aFullInspectionsProfile_isRatedAsTheInspectionIs_sevenOutOf24RequiresImprovement() {
    var profile = new RatingProfile(framework.id(), CHESHIRE_WEST, PublishedSummary.NONE, false);

    Assessment assessment = profile.assess(framework);

    assertEquals(new Score(7, 24), assessment.score());
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), assessment.overallRating());
  }

  @Test
  void aPublishedSummarysProfile_keepsTheOverallRatingAsPublished() {
    var published =
        new PublishedSummary(OptionalInt.empty(), OptionalInt.empty(), Optional.of("Good"));
    var summary = new RatingProfile(framework.id(), Map.of(), published, true);
    var full = new RatingProfile(framework.id(), Map.of(), published, false);

    assertEquals(Optional.of(Rating.GOOD), summary.assess(framework).overallRating());
    assertEquals(Optional.empty(), full.assess(framework).overallRating());
  }

  @Test
  void aFullInspectionsTally_ratesAsItsRatingsDo_sevenOutOf24RequiresImprovement() {
    var tally = Map.of(Rating.REQUIRES_IMPROVEMENT, 3, Rating.GOOD, 2, Rating.INADEQUATE, 3);

    Assessment assessment = RatingProfile.ofTally(framework, tally).assess(framework);

    assertEquals(new Score(7, 24), assessment.score());
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), assessment.overallRating());
  }

  @Test
  void aTallyOfMoreRatingsThanTheFrameworkRatesStandards_isNoProfileOfIt() {
    assertThrows(
        InvalidValueException.class,
        () -> RatingProfile.ofTally(framework, Map.of(Rating.GOOD, 99)));
  }

  @Test
  void aProfile_isNotRatedUnderAnotherFramework() {
    var profile =
        new RatingProfile(new FrameworkId("another"), CHESHIRE_WEST, PublishedSummary.NONE, false);

    assertThrows(InvalidValueException.class, () -> profile.assess(framework));
  }
}
