package org.probationinspections.application.importing.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.framework.Rating;

/**
 * A seed document with one detail lost or garbled is still read: the value is taken from the best
 * evidence the document holds, or left unknown, and an issue names the file, the line and the
 * reason in plain words (each becomes a flag on the record when stored).
 */
class GuessedValuesTest {

  private static final String FILE = "variant.txt";

  private static String report() {
    return Seeds.text(Seeds.REPORT);
  }

  /** The seed with {@code from} replaced once; the test fails if the seed no longer holds it. */
  private static String replaced(String text, String from, String to) {
    assertTrue(text.contains(from), "the seed holds '" + from + "'");
    return text.replaceFirst(java.util.regex.Pattern.quote(from), to);
  }

  private static ParsedDocument<InspectionDocument> parse(String text) {
    return new PduReportParser().parse(FILE, text);
  }

  /** The 1-based line of the first line of {@code text} that contains {@code fragment}. */
  private static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line holds '" + fragment + "'");
  }

  private static ImportIssue issue(ParsedDocument<?> parsed, String containing) {
    return parsed.issues().stream()
        .filter(issue -> issue.message().contains(containing))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no issue says '" + containing + "': " + parsed));
  }

  private static StandardDocument standard(InspectionDocument document, String code) {
    return document.standards().stream().filter(s -> s.code().equals(code)).findFirst().get();
  }

  @Test
  void aReportWithoutTheDayFieldworkBegan_takesTheFirstOfTheTablesMonth_andSaysSo() {
    String text = replaced(report(), ", beginning 20 March 2023", "");

    var parsed = parse(text);

    assertEquals(Optional.of(LocalDate.of(2023, 3, 1)), parsed.document().fieldworkStarted());
    ImportIssue issue = issue(parsed, "does not give the day fieldwork began");
    assertEquals(FILE, issue.file());
    assertEquals(lineOf(text, "We conducted fieldwork in"), issue.line());
    assertTrue(issue.message().contains("started in March 2023"), issue.message());
  }

  @Test
  void aReportWithNoFieldworkDateAnywhere_takesTheMonthOfPublication_andSaysSo() {
    String text =
        replaced(
            replaced(report(), ", beginning 20 March 2023", ""),
            "shire West PDU Iwork started March 2023",
            "shire West PDU");

    var parsed = parse(text);

    assertEquals(Optional.of(LocalDate.of(2023, 6, 1)), parsed.document().fieldworkStarted());
    assertTrue(
        issue(parsed, "does not say when fieldwork began").message().contains("June 2023"),
        parsed.issues().toString());
  }

  @Test
  void aReportWithoutItsNumberOfCases_leavesItUnknown_andSaysSo() {
    String text = replaced(report(), "We inspected 34 cases", "We inspected cases");

    var parsed = parse(text);

    assertEquals(Optional.empty(), parsed.document().casesInspected());
    ImportIssue issue = issue(parsed, "does not say how many cases were inspected");
    assertEquals(lineOf(text, "We conducted fieldwork in"), issue.line());
    assertTrue(issue.message().endsWith("left unknown"), issue.message());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 20)), parsed.document().fieldworkStarted());
  }

  @Test
  void aRatingsTableMissingARow_leavesThatRatingUnknown_keepsTheOthers_andSaysWhichRow() {
    String text = replaced(report(), "1.2\tStaff\tGood\t\n", "");

    var parsed = parse(text);

    assertEquals(Optional.empty(), standard(parsed.document(), "1.2").publishedRating());
    assertEquals(
        Optional.of(Rating.REQUIRES_IMPROVEMENT),
        standard(parsed.document(), "1.1").publishedRating());
    assertEquals(Optional.of(Rating.GOOD), standard(parsed.document(), "1.4").publishedRating());
    ImportIssue issue = issue(parsed, "1.2 Staff");
    assertTrue(issue.message().contains("no row for 1.2 Staff"), issue.message());
    assertTrue(issue.line() > lineOf(text, "Score\t7/24"), "a line of the table: " + issue);
  }

  @Test
  void aMisnumberedRatingsTableRow_isReadByItsName_andSaysSo() {
    String text =
        replaced(
            report(), "1.3\tServices\tRequires improvement", "1.5\tServices\tRequires improvement");

    var parsed = parse(text);

    assertEquals(
        Optional.of(Rating.REQUIRES_IMPROVEMENT),
        standard(parsed.document(), "1.3").publishedRating());
    ImportIssue issue = issue(parsed, "'Services' printed as 1.5; read as 1.3");
    assertEquals(lineOf(text, "1.5\tServices"), issue.line());
  }

  @Test
  void aRecommendationWithoutItsNumber_isNumberedFromTheOrderOfTheList_andSaysSo() {
    String text =
        replaced(
            replaced(report(), "- 3. increase their use", "- increase their use"),
            "11. resource probation regions",
            "resource probation regions");

    var parsed = parse(text);

    List<RecommendationDocument> recommendations = parsed.document().recommendations();
    assertEquals(11, recommendations.size());
    assertTrue(recommendations.get(2).text().startsWith("increase their use"));
    assertEquals(3, recommendations.get(2).number());
    assertEquals(11, recommendations.get(10).number());
    assertTrue(recommendations.get(10).text().startsWith("resource probation regions"));
    assertEquals(
        lineOf(text, "resource probation regions"),
        issue(parsed, "numbered 11 from the sequence").line());
    assertEquals(
        lineOf(text, "- increase their use"), issue(parsed, "numbered 3 from the sequence").line());
  }

  @Test
  void anOverallRatingPrintedAsAHeading_isReadFromTheHeading_andSaysSo() {
    String text =
        replaced(
            replaced(report(), "Ove\terall rating\tRequires improvement\t\n", ""),
            "Ratings\n\n\tshire West",
            "Ratings\n\n## Overall rating: Requires improvement\n\n\tshire West");

    var parsed = parse(text);

    assertEquals(Optional.of("Requires improvement"), parsed.document().publishedOverallRating());
    ImportIssue issue = issue(parsed, "overall rating printed as a heading");
    assertEquals(lineOf(text, "## Overall rating"), issue.line());
    assertTrue(issue.message().contains("'Overall rating: Requires improvement'"), issue.message());
  }

  @Test
  void aRatingsTableWithNoOverallRatingAtAll_leavesItToTheRules_andSaysSo() {
    String text = replaced(report(), "Ove\terall rating\tRequires improvement\t\n", "");

    var parsed = parse(text);

    assertEquals(Optional.empty(), parsed.document().publishedOverallRating());
    assertEquals(
        lineOf(text, "Score\t7/24"),
        issue(parsed, "no overall rating in the ratings table").line());
  }

  @Test
  void aReportThatDoesNotNameItsRegion_takesTheRegionItsRecommendationsAddress_andSaysSo() {
    String text = replaced(report(), "The Probation Service – North West region", "");

    var parsed = parse(text);

    assertEquals(Optional.of("North West"), parsed.document().region());
    assertEquals(
        lineOf(text, "North West region should:"),
        issue(parsed, "does not name its region").line());
  }

  @Test
  void aLetterWithoutFieldworkDates_isRead_andSaysSoForEachPduOfIt() {
    String text =
        Seeds.text(Seeds.LETTER).replaceAll("(Field)?work started [A-Z][a-z]+ 20\\d\\d", "");

    ParsedDocument<RegionalReviewDocument> parsed = new RegionalLetterParser().parse(FILE, text);

    InspectionDocument cheshire =
        parsed.document().inspections().stream()
            .filter(i -> i.pdu().equals("Cheshire West"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.empty(), cheshire.fieldworkStarted());
    ImportIssue issue = issue(parsed, FieldworkGuess.missing("Cheshire West"));
    assertEquals(Optional.of("Cheshire West"), issue.unit());
    assertEquals(lineOf(text, "shire West PDU \tScore"), issue.line());
  }
}
