package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.account.Role;

/** {@code POST /api/published-outcomes/import}: the published record's JSON or CSV. */
class PublishedOutcomesApiTest extends NorthWestWebTest {

  private static final String RECORD =
      "{\"about\": \"two outcomes\", \"inspections\": ["
          + "{\"pdu\": \"Gwent\", \"region\": \"Wales\", \"published\": \"2022-02\","
          + " \"programme\": \"PDU inspections 2021-2023\", \"overallRating\":"
          + " \"REQUIRES_IMPROVEMENT\", \"standardRatings\": {}, \"score\": null,"
          + " \"recommendations\": null, \"source\": \"https://example.org/gwent\"},"
          + "{\"pdu\": \"West Kent\", \"region\": \"Kent, Surrey and Sussex\", \"published\":"
          + " \"2022\", \"publishedNote\": \"about May\", \"programme\": \"PDU inspections"
          + " 2021-2023\", \"overallRating\": \"GOOD\", \"standardRatings\": {\"Leadership\":"
          + " \"INADEQUATE\", \"Staff\": \"INADEQUATE\", \"Services\": \"INADEQUATE\","
          + " \"Information and facilities\": \"INADEQUATE\", \"Court work\": \"INADEQUATE\","
          + " \"Assessment\": \"INADEQUATE\", \"Planning\": \"INADEQUATE\", \"Implementation and"
          + " delivery\": \"INADEQUATE\", \"Reviewing\": \"INADEQUATE\"}, \"score\": null,"
          + " \"recommendations\": 12, \"source\": \"https://example.org/west-kent\"}]}";

  @Test
  void theJson_isStoredRowByRow_aRatingTheRulesDoNotGiveFlagged_andAgainChangesNothing()
      throws Exception {
    JsonNode rows =
        WebTestClient.json(
            WebTestClient.postJson(admin(), "/api/published-outcomes/import", RECORD), 201);
    assertEquals(2, rows.size());
    assertEquals("outcome 1", rows.get(0).get("place").asText());
    assertEquals("CREATED", rows.get(0).get("outcome").get("effect").asText());
    JsonNode westKent = rows.get(1);
    assertEquals("GOOD", westKent.get("published").asText());
    assertEquals("INADEQUATE", westKent.get("computed").asText());
    assertEquals(
        "overall rating published as GOOD: computed INADEQUATE from every standard's"
            + " published rating (0/27)",
        westKent.get("outcome").get("flags").get(0).asText());

    JsonNode stored =
        WebTestClient.json(
            admin().get("/api/inspections/" + westKent.get("outcome").get("recordId").asText()),
            200);
    assertEquals("GOOD", stored.get("overallRating").asText(), "held as published");
    assertTrue(stored.get("flags").get(0).asText().startsWith("overall rating published"));

    JsonNode again =
        WebTestClient.json(
            WebTestClient.postJson(admin(), "/api/published-outcomes/import", RECORD), 200);
    assertEquals("UNCHANGED", again.get(1).get("outcome").get("effect").asText());
  }

  @Test
  void aCsv_isReadByItsContentType_andABadRowIs422NamingIt_aReaderIsRefused() throws Exception {
    String csv =
        "pdu,region,published,programme,overallRating,source\n"
            + "Gwent,Wales,2022-02,PDU inspections 2021-2023,REQUIRES_IMPROVEMENT,"
            + "https://example.org/gwent\n";
    JsonNode rows =
        WebTestClient.json(
            admin()
                .request(
                    "/api/published-outcomes/import",
                    b -> b.post(RequestBody.create(csv, MediaType.get("text/csv")))),
            201);
    assertEquals("line 2", rows.get(0).get("place").asText());
    WebTestClient.problem(
        admin()
            .request(
                "/api/published-outcomes/import",
                b ->
                    b.post(
                        RequestBody.create(
                            csv.replace("REQUIRES_IMPROVEMENT", "FAIR"),
                            MediaType.get("text/csv")))),
        422,
        "detail",
        "published-outcomes.csv line 2: overallRating: 'FAIR' is not a rating: expected"
            + " OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE");
    web.as(
        world.tokenFor("reader", Role.READER),
        client ->
            assertEquals(
                403,
                WebTestClient.postJson(client, "/api/published-outcomes/import", RECORD).code()));
  }
}
