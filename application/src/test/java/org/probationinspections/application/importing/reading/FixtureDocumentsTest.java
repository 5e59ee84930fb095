package org.probationinspections.application.importing.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

/** Small documents with other units and other artefacts than the seeds. */
class FixtureDocumentsTest {

  private static final String REPORT = "north-east-pdu-report.txt";
  private static final String PLAN = "north-east-action-plan.txt";

  @Test
  void northEastReport_isReadWithItsOwnArtefacts() {
    ParsedDocument<InspectionDocument> parsed =
        new PduReportParser().parse(REPORT, fixture(REPORT));
    InspectionDocument report = parsed.document();

    assertEquals("Gateshead and South Tyneside", report.pdu());
    assertEquals(Optional.of("North East"), report.region());
    assertEquals(Optional.of(YearMonth.of(2024, 11)), report.published());
    assertEquals(Optional.of("Sam Patel"), report.leadInspector());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 8)), report.fieldworkStarted());
    assertEquals(Optional.of(41), report.casesInspected());
    assertEquals(Optional.of(12), report.publishedScore());
    assertEquals(Optional.of(27), report.publishedMaxScore());
    assertEquals(9, report.standards().size());
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), rating(report, "2.3"));
    assertTrue(
        parsed.issues().stream()
            .anyMatch(i -> i.line() == 24 && i.message().contains("'Planning' printed as 2.2")));
  }

  @Test
  void givenALostListNumber_whenParsing_thenItIsInferredAndNoted() {
    InspectionDocument report = new PduReportParser().parse(REPORT, fixture(REPORT)).document();

    assertEquals(List.of(1, 2, 3), report.recommendations().stream().map(r -> r.number()).toList());
    assertEquals(
        "ensure risk information is shared promptly", report.recommendations().get(1).text());
    assertEquals(AddresseeLevel.REGION, report.recommendations().get(2).addressee().level());
    assertEquals("North East", report.recommendations().get(2).addressee().name());
    assertTrue(
        report
            .notes()
            .contains(
                REPORT
                    + ":33: recommendation without its list number; numbered 2 from the sequence"));
  }

  @Test
  void givenAWrappedBulletAndNoAreasHeading_whenParsing_thenFindingsAreSplitDefensibly() {
    InspectionDocument report = new PduReportParser().parse(REPORT, fixture(REPORT)).document();
    var leadership = report.standards().get(0);

    assertEquals(
        List.of(
            "Leaders set a clear vision that staff understood and shared.",
            "Partnerships were strong."),
        leadership.strengths());
    assertEquals(2, leadership.areasForImprovement().size());
    assertEquals(
        List.of(81, 66, 58),
        report.standards().get(5).keyQuestions().stream().map(q -> q.percentYes()).toList());
  }

  @Test
  void northEastPlan_multiPageRowIsJoinedCellByCell() {
    ActionPlanDocument plan = new ActionPlanParser().parse(PLAN, fixture(PLAN)).document();
    ItemDocument first = plan.items().get(0);

    assertEquals(List.of("Gateshead and South Tyneside", "Sunderland"), plan.pdus());
    assertEquals(
        List.of("Gateshead and South Tyneside", "Sunderland"),
        first.answers().stream().map(a -> a.pdu().orElseThrow()).toList());
    assertEquals(
        Optional.of("Improve the quality of assessments."),
        first.answers().get(0).recommendationText());
    assertEquals(2, first.actions().size());
    assertEquals(
        "Assessment workshops will be held for all practitioners.", first.actions().get(0).text());
    assertEquals(
        List.of("Senior Probation Officer", "Head of Quality"), first.actions().get(0).owners());
    assertEquals(Optional.of(YearMonth.of(2025, 6)), first.actions().get(0).target());
    assertEquals(ActionStatus.COMPLETED_AND_ONGOING, first.actions().get(1).status());
  }

  @Test
  void northEastPlan_partlyAgreedForAffordability() {
    ActionPlanDocument plan = new ActionPlanParser().parse(PLAN, fixture(PLAN)).document();
    ItemDocument second = plan.items().get(1);

    assertEquals(Response.PARTLY_AGREED, second.response());
    assertEquals(Optional.of(Reason.AFFORDABILITY), second.reason());
    assertEquals(List.of("Regional Head of Interventions"), second.actions().get(0).owners());
    assertEquals(plan.summary(), plan.publishedSummary());
  }

  @Test
  void givenAnEmptyFile_whenParsing_thenTheErrorNamesFileAndLine() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class, () -> new PduReportParser().parse("empty.txt", "  \n"));
    assertEquals("empty.txt:1", error.field());
  }

  @Test
  void givenBinaryContent_whenParsing_thenItIsRefused() {
    String binary = "%PDF-1.7\n\u0000\u0001\u0002stream";
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class,
            () -> new RegionalLetterParser().parse("letter.pdf", binary));
    assertEquals("letter.pdf:2", error.field());
    assertTrue(error.getMessage().contains("binary"));
  }

  @Test
  void givenAReportWithoutRatingsTable_whenParsing_thenItIsRefused() {
    String text =
        fixture(REPORT).replaceAll("(?s)Ratings\\n.*?\\nRecommendations", "Recommendations");
    InvalidValueException error = refusedReport("no-ratings.txt", text);
    assertTrue(error.getMessage().contains("'Ratings' table"));
  }

  @Test
  void givenATruncatedReport_whenParsing_thenMissingRecommendationsAreFatal() {
    String text = fixture(REPORT).substring(0, fixture(REPORT).indexOf("2.5\tReviewing"));
    InvalidValueException error = refusedReport("cut.txt", text);
    assertTrue(error.getMessage().contains("Recommendations"));
  }

  /** The refusal of a report, which names the file in the field it points at. */
  private static InvalidValueException refusedReport(String fileName, String text) {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class, () -> new PduReportParser().parse(fileName, text));
    assertTrue(error.field().startsWith(fileName + ":"));
    return error;
  }

  @Test
  void givenUnknownText_whenDetecting_thenNoKind() {
    assertEquals(Optional.empty(), DocumentKind.detect("Minutes of the board meeting"));
    assertEquals(Optional.of(DocumentKind.PDU_REPORT), DocumentKind.detect(fixture(REPORT)));
    assertEquals(Optional.of(DocumentKind.ACTION_PLAN), DocumentKind.detect(fixture(PLAN)));
  }

  private static Optional<Rating> rating(InspectionDocument report, String code) {
    return report.standards().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .flatMap(s -> s.publishedRating());
  }

  private static String fixture(String name) {
    try (InputStream in = FixtureDocumentsTest.class.getResourceAsStream("/importing/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
