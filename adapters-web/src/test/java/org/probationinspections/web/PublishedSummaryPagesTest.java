package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.page;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A published outcome (an inspection that is a published summary) imported through the API: the API
 * gives it back with its record, and every page that lists inspections marks it as a summary and
 * links its source; a full inspection is not marked.
 */
class PublishedSummaryPagesTest extends NorthWestWebTest {

  private static final String SOURCE =
      "https://hmiprobation.justiceinspectorates.gov.uk/news/cumbria-outcome";

  private static final String SUMMARY =
      "{\"pdu\":\"Cumbria\",\"region\":\"North West\",\"framework\":\"hmip-probation-pdu-2023\","
          + "\"fieldworkStarted\":\"2024-01-01\",\"publishedOverallRating\":\"Inadequate\","
          + "\"standards\":[{\"code\":\"2.1\",\"name\":\"Assessment\","
          + "\"publishedRating\":\"INADEQUATE\"}],"
          + "\"publishedRecord\":{\"source\":\""
          + SOURCE
          + "\",\"published\":\"2024\",\"publishedNote\":\"about March\","
          + "\"recommendations\":6,\"summary\":true}}";

  @Test
  void aRatingComputedByAssumedBands_saysSo_aPublishedOneDoesNot() throws Exception {
    JsonNode created = WebTestClient.json(admin().post("/api/inspections/import", SUMMARY), 201);
    String summary = created.get("recordId").asText();
    String computed = nw.cheshireInspection.value();

    // The 2021 framework's overall bands are marked assumed in its file.
    page(admin().get("/"), 200, "by assumed bands");
    page(admin().get("/league"), 200, "by assumed bands");
    page(
        admin().get("/inspections/" + computed),
        200,
        "by assumed bands",
        "computed by bands assumed in the framework");
    String published = page(admin().get("/inspections/" + summary), 200);
    assertFalse(published.contains("assumed"), published);

    JsonNode listed = WebTestClient.json(admin().get("/api/inspections?limit=500"), 200);
    for (JsonNode line : listed.get("items")) {
      String id = line.get("id").asText();
      if (id.equals(summary)) {
        assertFalse(line.get("overallAssumed").asBoolean(), line.toString());
      } else if (id.equals(computed)) {
        assertTrue(line.get("overallAssumed").asBoolean(), line.toString());
      }
    }
  }

  @Test
  void aRatingRecomputedUnderChangedRules_isInTheInspectionsHistory() throws Exception {
    String id = nw.cheshireInspection.value();
    new org.probationinspections.persistence.memory.InMemoryAuditLog(world.store)
        .record(
            new org.probationinspections.application.port.out.AuditLog.Change(
                java.time.Instant.parse("2024-03-15T10:00:00Z"),
                "admin",
                "rating",
                id,
                java.util.Optional.of(
                    new org.probationinspections.application.insight.port.in.Recomputation
                        .StatedRating(10, 27, java.util.Optional.of("Requires improvement"))),
                java.util.Optional.of(
                    new org.probationinspections.application.insight.port.in.Recomputation
                        .StatedRating(10, 27, java.util.Optional.of("Inadequate"))),
                org.probationinspections.application.port.out.AuditLog.Kept.FIELDS));

    String history = page(admin().get("/history?type=inspection&id=" + id), 200);
    assertTrue(history.contains("Rating recomputed under changed rules"), history);
    assertTrue(history.contains("Requires improvement"), history);
    assertTrue(history.contains("Inadequate"), history);
    assertTrue(
        history.indexOf("Rating recomputed") > history.indexOf("Created"),
        "after the inspection's own entries, in the order written");
  }

  @Test
  void aPublishedSummary_isMarkedAndItsSourceLinked_onEveryPageThatListsIt() throws Exception {
    JsonNode created = WebTestClient.json(admin().post("/api/inspections/import", SUMMARY), 201);
    String id = created.get("recordId").asText();

    JsonNode stored = WebTestClient.json(admin().get("/api/inspections/" + id), 200);
    assertEquals(SOURCE, stored.get("publishedRecord").get("source").asText());
    assertEquals("2024", stored.get("publishedRecord").get("published").asText());
    assertTrue(stored.get("publishedRecord").get("summary").asBoolean());
    assertEquals("INADEQUATE", stored.get("overallRating").asText(), "as published");

    String link = "class=\"govuk-link\" href=\"" + SOURCE + "\"";
    String dashboard = page(admin().get("/"), 200, "Published summary", link);
    assertTrue(dashboard.contains("published 2024 (about March)"), dashboard);
    page(admin().get("/league"), 200, "Published summary", link, "not published");
    String pdu = stored.get("pdu").asText();
    String pduId =
        WebTestClient.json(admin().get("/api/pdus?limit=500"), 200)
            .get("items")
            .findParents("name")
            .stream()
            .filter(p -> p.get("name").asText().equals(pdu))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asText();
    page(admin().get("/pdus/" + pduId), 200, "Published 2024 (about March)", link);
    page(
        admin().get("/inspections/" + id),
        200,
        "Published outcome of Cumbria PDU",
        "A published summary.",
        "href=\"" + SOURCE + "\"",
        "6 recommendations stated",
        "Overall rating, as published");

    String knowsley = page(admin().get("/inspections/" + nw.knowsleyInspection.value()), 200);
    assertFalse(knowsley.contains("A published summary."), "a full inspection");
  }
}
