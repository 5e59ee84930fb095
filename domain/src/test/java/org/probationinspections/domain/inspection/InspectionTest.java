package org.probationinspections.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;
import org.probationinspections.domain.framework.TestFrameworks;
import org.probationinspections.domain.unit.PduId;

class InspectionTest {

  private final Framework framework = TestFrameworks.probation2021();

  @Test
  void cheshireWest_caseSupervisionRatingsComeFromItsKeyQuestionTables() {
    Inspection inspection = cheshireWestCaseSupervision();
    assertEquals(Rating.INADEQUATE, inspection.ratings().get("2.2"));
    assertEquals(Rating.INADEQUATE, inspection.ratings().get("2.3"));
    assertEquals(Rating.INADEQUATE, inspection.ratings().get("2.4"));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, inspection.ratings().get("2.5"));
    assertEquals(Rating.NOT_RATED, inspection.ratings().get("2.6"));
    assertEquals(
        32, inspection.result("2.2").orElseThrow().lowestKeyQuestion().orElseThrow().percentYes());
  }

  @Test
  void cheshireWest_scoresSevenOutOf24_requiresImprovement() {
    Inspection inspection = cheshireWestCaseSupervision();
    inspection.judge(framework, "1.1", Rating.REQUIRES_IMPROVEMENT);
    inspection.judge(framework, "1.2", Rating.GOOD);
    inspection.judge(framework, "1.3", Rating.REQUIRES_IMPROVEMENT);
    inspection.judge(framework, "1.4", Rating.GOOD);
    inspection.markNotRated(framework, "2.1");
    Assessment assessment = inspection.assess(framework);
    assertEquals(new Score(7, 24), assessment.score());
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), assessment.overallRating());
    assertTrue(assessment.flags().isEmpty(), assessment.flags().toString());
  }

  @Test
  void givenThreeInadequateCaseStandards_leadershipGood_isRejectedNamingTheRule() {
    Inspection inspection = cheshireWestCaseSupervision();
    RuleBrokenException error = refusedJudgement(inspection, "1.1", Rating.GOOD);
    assertEquals("leadership-limited-by-inadequate-case-supervision", error.rule());
    assertTrue(
        error.getMessage().startsWith("Leadership cannot be judged Good"), error.getMessage());
    assertEquals(Optional.empty(), inspection.result("1.1"));
  }

  @Test
  void givenAllCaseStandardsInadequate_leadershipRequiresImprovement_isRejected() {
    Inspection inspection = open();
    for (String code : List.of("2.2", "2.3", "2.4", "2.5")) {
      inspection.recordKeyQuestions(framework, code, questions(40, 45, 30));
    }
    RuleBrokenException error = refusedJudgement(inspection, "1.1", Rating.REQUIRES_IMPROVEMENT);
    assertEquals("leadership-inadequate-when-all-case-supervision-inadequate", error.rule());
    inspection.judge(framework, "1.1", Rating.INADEQUATE);
    assertEquals(Rating.INADEQUATE, inspection.ratings().get("1.1"));
  }

  @Test
  void givenInadequateImplementation_servicesGood_isRejected() {
    Inspection inspection = cheshireWestCaseSupervision();
    RuleBrokenException error = refusedJudgement(inspection, "1.3", Rating.GOOD);
    assertEquals("services-limited-by-inadequate-implementation", error.rule());
  }

  @Test
  void judgingAStandardRatedFromKeyQuestions_isRejected() {
    Inspection inspection = open();
    refusedJudgement(inspection, "2.2", Rating.GOOD);
  }

  @Test
  void givenAPublishedRatingThatDisagrees_itIsKeptAndFlagged() {
    Inspection inspection = cheshireWestCaseSupervision();
    inspection.recordPublishedRating(framework, "2.5", Rating.GOOD);
    StandardResult reviewing = inspection.result("2.5").orElseThrow();
    assertEquals(Rating.REQUIRES_IMPROVEMENT, reviewing.rating());
    assertEquals(Optional.of(Rating.GOOD), reviewing.publishedRating());
    assertTrue(
        inspection.assess(framework).flags().stream()
            .anyMatch(
                flag ->
                    flag.startsWith(
                        "2.5 Reviewing published as GOOD: computed REQUIRES_IMPROVEMENT")));
  }

  @Test
  void givenOverallRatingPrintedAsAPlaceholder_itIsFlaggedWithTheComputedRating() {
    Inspection inspection = open();
    for (String code : List.of("2.2", "2.3", "2.4", "2.5")) {
      inspection.recordKeyQuestions(framework, code, questions(40, 45, 30));
    }
    inspection.markNotRated(framework, "2.1");
    inspection.recordPublishedRating(framework, "1.1", Rating.INADEQUATE);
    inspection.recordPublishedRating(framework, "1.2", Rating.REQUIRES_IMPROVEMENT);
    inspection.recordPublishedRating(framework, "1.3", Rating.INADEQUATE);
    inspection.recordPublishedRating(framework, "1.4", Rating.REQUIRES_IMPROVEMENT);
    inspection.recordPublishedSummary(
        new PublishedSummary(OptionalInt.of(2), OptionalInt.of(24), Optional.of("Rating")));
    Assessment assessment = inspection.assess(framework);
    assertEquals(new Score(2, 24), assessment.score());
    assertEquals(
        List.of("overall rating printed as 'Rating': computed INADEQUATE from 2/24"),
        assessment.flags());
  }

  @Test
  void givenAPublishedJudgementThatBreaksARule_itIsKeptAndFlagged() {
    Inspection inspection = cheshireWestCaseSupervision();
    inspection.recordPublishedRating(framework, "1.1", Rating.GOOD);
    assertEquals(Rating.GOOD, inspection.ratings().get("1.1"));
    assertTrue(
        inspection.assess(framework).flags().stream()
            .anyMatch(flag -> flag.contains("breaks decision rule 'leadership-limited")));
  }

  @Test
  void givenAPublishedScoreThatDisagrees_itIsFlagged() {
    Inspection inspection = cheshireWestCaseSupervision();
    inspection.markNotRated(framework, "2.1");
    inspection.recordPublishedSummary(
        new PublishedSummary(OptionalInt.of(3), OptionalInt.of(15), Optional.empty()));
    assertTrue(
        inspection.assess(framework).flags().contains("score published as 3/15: computed 1/12"));
  }

  @Test
  void recommendations_runInOneSequenceAcrossAddressees() {
    Inspection inspection = open();
    inspection.recommend(new Addressee(AddresseeLevel.PDU, "Cheshire West"), "ensure oversight");
    inspection.recommend(new Addressee(AddresseeLevel.REGION, "North West"), "ensure capacity");
    Recommendation third =
        inspection.recommend(
            new Addressee(AddresseeLevel.NATIONAL, "HM Prison and Probation Service"), "resource");
    assertEquals(3, third.number());
    assertThrows(
        ConflictException.class,
        () -> inspection.recommend(2, new Addressee(AddresseeLevel.PDU, "x"), "again"));
  }

  private Inspection open() {
    return Inspection.open(
        InspectionId.newId(),
        PduId.newId(),
        framework,
        new InspectionDetails(
            LocalDate.of(2023, 3, 20),
            Optional.of(YearMonth.of(2023, 6)),
            Optional.of("Jo Curphey"),
            OptionalInt.of(34)));
  }

  private Inspection cheshireWestCaseSupervision() {
    Inspection inspection = open();
    inspection.recordKeyQuestions(framework, "2.2", questions(71, 76, 32));
    inspection.recordKeyQuestions(framework, "2.3", questions(68, 68, 38));
    inspection.recordKeyQuestions(framework, "2.4", questions(53, 35, 41));
    inspection.recordKeyQuestions(framework, "2.5", questions(74, 74, 59));
    inspection.recordKeyQuestions(
        framework, "2.6", List.of(new KeyQuestionResult("Do early outcomes…?", 53)));
    return inspection;
  }

  private static List<KeyQuestionResult> questions(int first, int second, int third) {
    return List.of(
        new KeyQuestionResult("engaging the person on probation", first),
        new KeyQuestionResult("desistance", second),
        new KeyQuestionResult("keeping other people safe", third));
  }

  /** Judging the standard is refused by one of the framework's rules. */
  private RuleBrokenException refusedJudgement(Inspection inspection, String code, Rating rating) {
    return assertThrows(RuleBrokenException.class, () -> inspection.judge(framework, code, rating));
  }
}
