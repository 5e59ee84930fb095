package org.probationinspections.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;
import org.probationinspections.domain.framework.TestFrameworks;
import org.probationinspections.domain.unit.PduId;

/** A published outcome held as an inspection that is a summary: what is computed, what is kept. */
class PublishedRecordTest {

  private static final String SOURCE = "https://www.bbc.co.uk/news/uk-england-kent-61394579";

  private final Framework framework = TestFrameworks.probation2021();

  @Test
  void aSummaryWithTheOverallRatingOnly_keepsItAsPublished_andComputesNothing() {
    Inspection summary = summary(Optional.of("Requires improvement"), OptionalInt.empty());
    Assessment assessment = summary.assess(framework);
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), assessment.overallRating());
    assertEquals(Optional.empty(), assessment.computedOverallRating());
    assertEquals(new Score(0, 0), assessment.score());
    assertEquals(List.of(), assessment.flags());
  }

  @Test
  void everyStandardPublished_theRulesComputeTheOverallRating_andAgree() {
    Inspection summary = summary(Optional.of("Inadequate"), OptionalInt.of(0));
    publishAll(summary, Rating.INADEQUATE);
    Assessment assessment = summary.assess(framework);
    assertEquals(new Score(0, 27), assessment.score());
    assertEquals(Optional.of(Rating.INADEQUATE), assessment.computedOverallRating());
    assertEquals(List.of(), assessment.flags());
  }

  @Test
  void everyStandardPublished_aDifferentPublishedOverallRating_isKept_andFlagged() {
    Inspection summary = summary(Optional.of("Good"), OptionalInt.empty());
    publishAll(summary, Rating.INADEQUATE);
    Assessment assessment = summary.assess(framework);
    assertEquals(Optional.of(Rating.GOOD), assessment.overallRating(), "held as published");
    assertEquals(Optional.of(Rating.INADEQUATE), assessment.computedOverallRating());
    assertEquals(
        List.of(
            "overall rating published as GOOD: computed INADEQUATE from every standard's"
                + " published rating (0/27)"),
        assessment.flags());
  }

  @Test
  void aPublishedScoreWithoutItsMaximum_decidesTheRating_whenEveryMaximumGivesTheSame() {
    Inspection summary = summary(Optional.of("Good"), OptionalInt.of(3));
    Assessment assessment = summary.assess(framework);
    assertEquals(Optional.of(Rating.INADEQUATE), assessment.computedOverallRating());
    assertEquals(
        List.of(
            "overall rating published as GOOD: computed INADEQUATE from the published score of"
                + " 3"),
        assessment.flags());
  }

  @Test
  void someStandardsPublished_aRatingTheyCannotGive_isFlaggedWithWhatTheyAllow() {
    Inspection summary = summary(Optional.of("Outstanding"), OptionalInt.empty());
    for (String code : List.of("2.1", "2.2", "2.3", "2.4", "2.5")) {
      summary.recordPublishedRating(framework, code, Rating.INADEQUATE);
    }
    Assessment assessment = summary.assess(framework);
    assertEquals(Optional.of(Rating.OUTSTANDING), assessment.overallRating());
    assertEquals(Optional.empty(), assessment.computedOverallRating());
    assertEquals(
        List.of(
            "overall rating published as OUTSTANDING: the published standard ratings allow only"
                + " [INADEQUATE, REQUIRES_IMPROVEMENT]"),
        assessment.flags());
  }

  @Test
  void theRulesAllow_anyRatingForUnknownStandards_orNoneWhereBandsExistWithout() {
    assertEquals(
        Set.of(Rating.INADEQUATE),
        framework.possibleOverallRatings(Map.of(), OptionalInt.of(2), OptionalInt.empty()));
    assertEquals(
        Set.of(Rating.INADEQUATE, Rating.REQUIRES_IMPROVEMENT, Rating.GOOD, Rating.OUTSTANDING),
        framework.possibleOverallRatings(Map.of(), OptionalInt.empty(), OptionalInt.empty()));
    assertEquals(
        Set.of(Rating.REQUIRES_IMPROVEMENT),
        framework.possibleOverallRatings(Map.of(), OptionalInt.of(6), OptionalInt.of(27)));
  }

  @Test
  void completingTheSummary_makesAFullInspection_whichTheRecordAgainDoesNotUndo() {
    Inspection summary = summary(Optional.of("Inadequate"), OptionalInt.empty());
    assertTrue(summary.isSummary());
    summary.completeSummary();
    assertFalse(summary.isSummary());
    summary.recordPublishedRecord(
        new PublishedRecord(SOURCE, PublicationDate.of("2022", null), OptionalInt.of(12), true));
    assertFalse(summary.isSummary());
    assertEquals(OptionalInt.of(12), summary.publishedRecord().orElseThrow().recommendations());
  }

  @Test
  void aSourceThatIsNoWebAddress_isRefused() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class,
            () ->
                new PublishedRecord(
                    "press release, May 2022", PublicationDate.UNKNOWN, OptionalInt.empty(), true));
    assertTrue(error.getMessage().startsWith("source: 'press release, May 2022' is not a web"));
  }

  private Inspection summary(Optional<String> overall, OptionalInt score) {
    Inspection inspection =
        Inspection.open(
            InspectionId.newId(),
            PduId.newId(),
            framework,
            new InspectionDetails(
                LocalDate.of(2022, 5, 1), Optional.empty(), Optional.empty(), OptionalInt.empty()));
    inspection.recordPublishedSummary(new PublishedSummary(score, OptionalInt.empty(), overall));
    inspection.recordPublishedRecord(
        new PublishedRecord(
            SOURCE, PublicationDate.of("2022", "about May"), OptionalInt.empty(), true));
    return inspection;
  }

  private void publishAll(Inspection inspection, Rating rating) {
    for (String code : List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5")) {
      inspection.recordPublishedRating(framework, code, rating);
    }
  }
}
