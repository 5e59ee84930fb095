package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.testing.Seeds;

/** The markers of each kind, found in any case of their ASCII letters and nowhere else. */
class DocumentKindTest {

  private static final String REPORT =
      "An inspection of probation services in:\nCheshire West PDU\n\nRatings\n\tScore\t7/24\n";

  @ParameterizedTest
  @CsvSource({
    Seeds.REPORT + ", PDU_REPORT",
    Seeds.LETTER + ", REGIONAL_LETTER",
    Seeds.PLAN + ", ACTION_PLAN"
  })
  void eachSeedDocument_isDetectedAsItsKind(String seed, DocumentKind kind) {
    assertEquals(Optional.of(kind), DocumentKind.detect(Seeds.text(seed)));
  }

  @Test
  void givenPlanMarkersInAnotherCase_whenDetecting_thenActionPlan() {
    assertEquals(
        Optional.of(DocumentKind.ACTION_PLAN),
        DocumentKind.detect("action plan SUBMITTED by the region\nREC NO\tResponse\n"));
    assertEquals(
        Optional.of(DocumentKind.ACTION_PLAN),
        DocumentKind.detect("Action plan: North West\nrec no\n" + REPORT));
  }

  @Test
  void givenAPlanMarkerWithoutRecommendationNumbers_whenDetecting_thenNotAPlan() {
    assertEquals(
        Optional.of(DocumentKind.PDU_REPORT),
        DocumentKind.detect("Action Plan Submitted in June\n" + REPORT));
  }

  @Test
  void givenTheLetterAnnexeAfterAnotherAnnexeOne_whenDetecting_thenRegionalLetter() {
    String letter =
        "Annexe one: background\nREGIONAL OBSERVATIONS\n\nannexe ONE \u2013\n Recommendations\n";

    assertEquals(Optional.of(DocumentKind.REGIONAL_LETTER), DocumentKind.detect(letter));
  }

  @Test
  void givenAnAnnexeOneOfAnotherTitle_whenDetecting_thenNotALetter() {
    assertEquals(
        Optional.of(DocumentKind.PDU_REPORT),
        DocumentKind.detect(
            "Regional observations\nAnnexe one \u2013 Methodology\n" + REPORT + "Recommendations"));
  }

  @Test
  void givenNonAsciiLookAlikes_whenDetecting_thenNoMarkerIsFound() {
    // Cyrillic "о" and the Kelvin sign are no ASCII letters, as for a case-insensitive pattern.
    assertEquals(
        Optional.empty(),
        DocumentKind.detect("Action Plan Submitted\nRec N\u043e\nTheir \u212Aey"));
    assertEquals(
        Optional.empty(), DocumentKind.detect(REPORT.replace("inspection", "inspecti\u043en")));
  }
}
