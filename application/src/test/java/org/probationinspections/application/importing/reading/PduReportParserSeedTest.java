package org.probationinspections.application.importing.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.KeyQuestionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;

class PduReportParserSeedTest {

  private static ParsedDocument<InspectionDocument> parsed;
  private static InspectionDocument report;

  @BeforeAll
  static void parseSeed() {
    parsed = new PduReportParser().parse(Seeds.REPORT, Seeds.text(Seeds.REPORT));
    report = parsed.document();
  }

  @Test
  void cheshireWest_hasItsDetails() {
    assertEquals("Cheshire West", report.pdu());
    assertEquals(Optional.of("North West"), report.region());
    assertEquals(Optional.of(YearMonth.of(2023, 6)), report.published());
    assertEquals(Optional.of("Jo Curphey"), report.leadInspector());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 20)), report.fieldworkStarted());
    assertEquals(Optional.of(34), report.casesInspected());
    assertEquals("hmip-probation-pdu-2021", report.framework());
  }

  @Test
  void cheshireWest_hasNineRatingsWithCourtWorkNotRated() {
    List<Rating> expected =
        List.of(
            Rating.REQUIRES_IMPROVEMENT,
            Rating.GOOD,
            Rating.REQUIRES_IMPROVEMENT,
            Rating.GOOD,
            Rating.NOT_RATED,
            Rating.INADEQUATE,
            Rating.INADEQUATE,
            Rating.INADEQUATE,
            Rating.REQUIRES_IMPROVEMENT);
    List<String> codes = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5");
    for (int i = 0; i < codes.size(); i++) {
      assertEquals(
          Optional.of(expected.get(i)), standard(codes.get(i)).publishedRating(), codes.get(i));
    }
    assertEquals("Implementation and delivery", standard("2.4").name());
  }

  @Test
  void cheshireWest_publishedSevenOutOfTwentyFourRequiresImprovement() {
    assertEquals(Optional.of(7), report.publishedScore());
    assertEquals(Optional.of(24), report.publishedMaxScore());
    assertEquals(Optional.of("Requires improvement"), report.publishedOverallRating());
  }

  @Test
  void cheshireWest_keyQuestionTablesHaveExactPercentages() {
    assertEquals(List.of(71, 76, 32), percentages("2.2"));
    assertEquals(List.of(68, 68, 38), percentages("2.3"));
    assertEquals(List.of(53, 35, 41), percentages("2.4"));
    assertEquals(List.of(74, 74, 59), percentages("2.5"));
    assertEquals(List.of(53), percentages("2.6"));
    assertEquals(
        "Does assessment focus sufficiently on keeping other people safe?",
        standard("2.2").keyQuestions().get(2).question());
    assertTrue(standard("2.6").keyQuestions().get(0).question().startsWith("Do early outcomes"));
  }

  @Test
  void cheshireWest_hasElevenRecommendationsSixPduFourRegionOneNational() {
    List<RecommendationDocument> recommendations = report.recommendations();
    assertEquals(11, recommendations.size());
    for (int i = 0; i < 11; i++) {
      assertEquals(i + 1, recommendations.get(i).number());
    }
    assertEquals(6, count(AddresseeLevel.PDU));
    assertEquals(4, count(AddresseeLevel.REGION));
    assertEquals(1, count(AddresseeLevel.NATIONAL));
    assertEquals("Cheshire West", recommendations.get(0).addressee().name());
    assertEquals("North West", recommendations.get(6).addressee().name());
    assertEquals("HM Prison and Probation Service", recommendations.get(10).addressee().name());
    assertEquals(
        "ensure new and inexperienced staff are provided with robust management oversight to"
            + " improve the quality of their work to keep people safe",
        recommendations.get(0).text());
    assertEquals(
        "resource probation regions sufficiently to oversee the training and development needs"
            + " of a newly experienced workforce.",
        recommendations.get(10).text());
  }

  @Test
  void cheshireWest_wrappedBulletIsOneStrength() {
    assertTrue(
        standard("1.2")
            .strengths()
            .contains(
                "Managers monitored the workload measurement tool to identify probation practitioners"
                    + " who were above capacity. They were mindful of workloads when allocating new"
                    + " cases and deployed trainee staff to co-work cases and provide support to PO"
                    + " colleagues. Staff said managers would quickly step in to reallocate work if an"
                    + " individual signalled they were struggling."));
  }

  @Test
  void cheshireWest_lostAreasHeading_bulletsAfterStrengthsAreAreasWithANote() {
    assertEquals(8, standard("1.1").strengths().size());
    assertEquals(2, standard("1.1").areasForImprovement().size());
    assertTrue(standard("1.1").areasForImprovement().get(1).startsWith("The PDU's deployment"));
    assertTrue(
        report.notes().stream()
            .anyMatch(note -> note.startsWith(Seeds.REPORT + ":146: 'Areas for improvement'")));
  }

  @Test
  void cheshireWest_bulletCutByAPageBreakIsJoined() {
    assertTrue(
        standard("1.2")
            .areasForImprovement()
            .get(0)
            .endsWith(
                "the majority of these staff were recruited to fill vacancies across North West region"
                    + " and were going to be relocated following qualification."));
  }

  @Test
  void cheshireWest_everyIssueHasALineAndIsANote() {
    assertTrue(parsed.issues().stream().allMatch(issue -> issue.line() > 0));
    assertEquals(parsed.issues().size(), report.notes().size());
  }

  private static StandardDocument standard(String code) {
    return report.standards().stream()
        .filter(standard -> standard.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no standard " + code));
  }

  private static List<Integer> percentages(String code) {
    return standard(code).keyQuestions().stream().map(KeyQuestionDocument::percentYes).toList();
  }

  private static long count(AddresseeLevel level) {
    return report.recommendations().stream().filter(r -> r.addressee().level() == level).count();
  }
}
