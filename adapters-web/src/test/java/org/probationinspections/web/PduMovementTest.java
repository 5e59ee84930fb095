package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.testing.InspectionDocumentOf;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * A PDU inspected under two programmes: its page leads with how it moved, comparing only the
 * standards both frameworks rate alike and saying so.
 */
class PduMovementTest extends NorthWestWebTest {

  /** Gwent, Wales: Requires improvement in 2022, Good in 2025 (published summaries). */
  private static final String TWO_ROUNDS = ChartsWebTest.GWENT_TWICE;

  @Test
  void aPduInspectedTwice_leadsWithItsMovement_overTheStandardsBothProgrammesRate()
      throws Exception {
    WebTestClient.json(
        WebTestClient.postJson(admin(), "/api/published-outcomes/import", TWO_ROUNDS), 201);
    String gwent = null;
    for (JsonNode pdu : WebTestClient.json(admin().get("/api/pdus?limit=100"), 200).get("items")) {
      if (pdu.get("name").asText().equals("Gwent")) {
        gwent = pdu.get("id").asText();
      }
    }

    String page = WebTestClient.body(admin().get("/pdus/" + gwent), 200);

    assertTrue(page.contains("Since the inspection before"), page);
    assertTrue(page.contains("Overall: Requires improvement"), page);
    assertTrue(page.contains("to Good"), page);
    assertTrue(page.contains("better."), page);
    assertTrue(page.contains("Of the 1 standard both rate: 1 better, 0 worse, 0 the same."), page);
    assertTrue(page.contains("made under different frameworks"), page);
    String compared =
        page.substring(
            page.indexOf("Since the inspection before"), page.indexOf("Ratings over time"));
    assertTrue(compared.contains("1.1 Leadership"), compared);
    assertFalse(compared.contains("Court work"), compared);
    assertFalse(compared.contains("Assessment"), compared);
  }

  @Test
  void aPduInspectedAgain_showsHowTheRecommendationsOfTheInspectionBeforeFared() throws Exception {
    world
        .services
        .importInspection()
        .importInspection(
            InspectionDocumentOf.inspection(
                "Knowsley and St Helens",
                "North West",
                "hmip-probation-pdu-2023",
                LocalDate.of(2025, 2, 3),
                List.of(
                    new RecommendationDocument(
                        1,
                        new AddresseeDocument(AddresseeLevel.PDU, "Knowsley and St Helens"),
                        "Make sure that staff have manageable workloads.")),
                Optional.empty()));

    String page = WebTestClient.body(admin().get("/pdus/" + nw.knowsley.value()), 200);

    String fared =
        page.substring(
            page.indexOf("How the recommendations of the inspection before fared"),
            page.indexOf("Ratings over time"));
    assertTrue(fared.contains("made 4 recommendations."), fared);
    assertTrue(fared.contains("4 of them were answered by an action plan (2 agreed)"), fared);
    assertTrue(fared.contains("1 is repeated by the latest inspection."), fared);
    assertTrue(fared.contains("2. make sure that staff have manageable workloads"), fared);
    assertTrue(fared.contains("As recommendation 1"), fared);
    assertTrue(fared.contains("Item 2</a>: Partly agreed"), fared);
  }

  @Test
  void aPduInspectedOnce_hasNoMovement() throws Exception {
    String page = WebTestClient.body(admin().get("/pdus/" + nw.knowsley.value()), 200);

    assertFalse(page.contains("Since the inspection before"), page);
  }
}
