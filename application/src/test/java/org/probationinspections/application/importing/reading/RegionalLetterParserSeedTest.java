package org.probationinspections.application.importing.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.review.ObservationKind;

class RegionalLetterParserSeedTest {

  private static ParsedDocument<RegionalReviewDocument> parsed;
  private static RegionalReviewDocument letter;

  @BeforeAll
  static void parseSeed() {
    parsed = new RegionalLetterParser().parse(Seeds.LETTER, Seeds.text(Seeds.LETTER));
    letter = parsed.document();
  }

  @Test
  void northWestLetter_hasDateRegionLeadAndFivePdus() {
    assertEquals(LocalDate.of(2023, 7, 27), letter.date());
    assertEquals("North West", letter.region());
    assertEquals(Optional.of("Wendy Martin"), letter.leadInspector());
    assertEquals(
        List.of(
            "Cheshire West",
            "Blackburn with Darwen",
            "Knowsley and St Helens",
            "Liverpool North",
            "Cumbria"),
        letter.pdus());
  }

  @Test
  void northWestLetter_hasFiftyTwoRecommendationsCountedPerPdu() {
    assertEquals(
        List.of(11, 9, 10, 9, 13),
        letter.inspections().stream().map(i -> i.recommendations().size()).toList());
    assertEquals(52, letter.inspections().stream().mapToInt(i -> i.recommendations().size()).sum());
    InspectionDocument knowsley = inspection("Knowsley and St Helens");
    assertEquals(AddresseeLevel.REGION, knowsley.recommendations().get(6).addressee().level());
    assertEquals(AddresseeLevel.NATIONAL, knowsley.recommendations().get(7).addressee().level());
    InspectionDocument blackburn = inspection("Blackburn with Darwen");
    assertEquals(5, blackburn.recommendations().get(4).number());
    assertEquals(AddresseeLevel.NATIONAL, blackburn.recommendations().get(8).addressee().level());
  }

  @Test
  void northWestLetter_hasFiveRatingTablesWithPublishedScoresAndWordings() {
    assertEquals(
        List.of(7, 10, 2, 4, 6),
        letter.inspections().stream().map(i -> i.publishedScore().orElseThrow()).toList());
    assertEquals(
        List.of(24, 27, 24, 24, 27),
        letter.inspections().stream().map(i -> i.publishedMaxScore().orElseThrow()).toList());
    assertEquals(
        List.of(
            "Requires improvement",
            "Requires improvement",
            "Rating",
            "Inadequate",
            "Requires improvement"),
        letter.inspections().stream().map(i -> i.publishedOverallRating().orElseThrow()).toList());
  }

  @Test
  void knowsleyAndStHelens_overallPrintedAsRating_isKeptAndNoted() {
    InspectionDocument knowsley = inspection("Knowsley and St Helens");
    assertEquals(Optional.of("Rating"), knowsley.publishedOverallRating());
    assertTrue(
        knowsley.notes().contains(Seeds.LETTER + ":425: overall rating printed as 'Rating'"));
  }

  @Test
  void cutTableHeaders_areResolvedToTheLettersPdus() {
    assertEquals(Optional.of(Rating.GOOD), rating("Blackburn with Darwen", "2.3"));
    assertEquals(Optional.of(Rating.INADEQUATE), rating("Blackburn with Darwen", "2.1"));
    assertEquals(Optional.of(Rating.INADEQUATE), rating("Knowsley and St Helens", "2.5"));
    assertEquals(Optional.of(Rating.NOT_RATED), rating("Liverpool North", "2.1"));
    assertEquals(9, inspection("Cheshire West").standards().size());
  }

  @Test
  void fieldworkMonth_isTheFirstOfTheMonthWithANote() {
    InspectionDocument cumbria = inspection("Cumbria");
    assertEquals(Optional.of(LocalDate.of(2023, 5, 1)), cumbria.fieldworkStarted());
    assertTrue(cumbria.notes().stream().anyMatch(note -> note.contains("day was not published")));
    assertEquals(
        Optional.of(LocalDate.of(2023, 4, 1)), inspection("Liverpool North").fieldworkStarted());
  }

  @Test
  void cumbriaTableCutShort_missingRatingsAreErrorsWithLines() {
    assertTrue(
        parsed.issues().stream()
            .anyMatch(
                issue ->
                    issue.severity() == ImportIssue.Severity.ERROR
                        && issue.line() == 463
                        && issue.message().contains("2.5 Reviewing")));
  }

  @Test
  void northWestLetter_observationsPerThemeHaveStrengthsAndAreas() {
    for (String theme :
        List.of(
            "Leadership",
            "Staff",
            "Services and interventions",
            "Information and facilities",
            "Statutory victim work")) {
      List<ObservationDocument> observations =
          letter.observations().stream().filter(o -> o.theme().equals(theme)).toList();
      assertTrue(
          observations.stream().anyMatch(o -> o.kind() == ObservationKind.KEY_STRENGTH), theme);
      assertTrue(
          observations.stream().anyMatch(o -> o.kind() == ObservationKind.KEY_AREA_FOR_IMPROVEMENT),
          theme);
    }
    List<ObservationDocument> staff =
        letter.observations().stream().filter(o -> o.theme().equals("Staff")).toList();
    assertEquals(5, staff.stream().filter(o -> o.kind() == ObservationKind.KEY_STRENGTH).count());
    assertEquals(
        4,
        staff.stream().filter(o -> o.kind() == ObservationKind.KEY_AREA_FOR_IMPROVEMENT).count());
    assertFalse(letter.observations().stream().anyMatch(o -> o.text().contains("<sup>")));
  }

  private static InspectionDocument inspection(String pdu) {
    return letter.inspections().stream()
        .filter(i -> i.pdu().equals(pdu))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no inspection of " + pdu));
  }

  private static Optional<Rating> rating(String pdu, String code) {
    return inspection(pdu).standards().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .flatMap(StandardDocument::publishedRating);
  }
}
