package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/inspections/import?onConflict=…}: an inspection read and added to before an
 * inspector added a recommendation is refused by default (409, the differences in the problem),
 * merged on request keeping both recommendations; read before a judgement, it cannot be merged (the
 * rating touches) and is stored over the judgement only when replacing.
 */
class InspectionImportConflictApiTest extends NorthWestWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonNode stored() throws Exception {
    return JSON.readTree(
        admin().get("/api/inspections/" + nw.cheshireInspection.value()).body().string());
  }

  private static String rating(JsonNode inspection, String code) {
    for (JsonNode standard : inspection.get("standards")) {
      if (standard.get("code").asText().equals(code)) {
        return standard.get("rating").asText();
      }
    }
    throw new AssertionError("no standard " + code);
  }

  @Test
  void anOlderInspection_is409ByDefault_mergedKeepingARecommendation_replacedOverAJudgement()
      throws Exception {
    JsonNode inspection = stored();
    assertTrue(inspection.get("version").isNumber(), inspection.toString());
    // Someone adds a recommendation to the inspection as read...
    ((com.fasterxml.jackson.databind.node.ArrayNode) inspection.get("recommendations"))
        .addObject()
        .put("number", 90)
        .put("text", "Review the allocation of cases each quarter")
        .putObject("addressee")
        .put("level", "PDU")
        .put("name", "Cheshire West");
    String read = JSON.writeValueAsString(inspection);
    // ...while an inspector adds another through the API.
    String path = "/api/inspections/" + nw.cheshireInspection.value();
    Response added =
        WebTestClient.postJson(
            admin(),
            path + "/recommendations",
            "{\"addressee\":{\"level\":\"REGION\",\"name\":\"North West\"},"
                + "\"text\":\"Share the lessons across the region\"}");
    int number = JSON.readTree(added.body().string()).get("number").asInt();

    Response refused = WebTestClient.postJson(admin(), "/api/inspections/import", read);
    String problem = refused.body().string();
    assertEquals(409, refused.code(), problem);
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
    assertTrue(problem.contains("changed since the document was made"), problem);
    assertTrue(
        problem.contains(
            "recommendation "
                + number
                + " \\\"Share the lessons across the region\\\": in the"
                + " store, not in the document"),
        problem);

    Response merged =
        WebTestClient.postJson(admin(), "/api/inspections/import?onConflict=merge", read);
    JsonNode outcome = JSON.readTree(merged.body().string());
    assertEquals(200, merged.code(), outcome.toString());
    assertTrue(
        outcome.get("conflict").get(0).asText().startsWith("merged: the stored inspection changed"),
        outcome.toString());
    List<Integer> numbers = new java.util.ArrayList<>();
    stored().get("recommendations").forEach(r -> numbers.add(r.get("number").asInt()));
    assertTrue(numbers.containsAll(List.of(number, 90)), numbers.toString());

    Response judged =
        WebTestClient.putJson(
            admin(), path + "/standards/1.2/judgement", "{\"rating\":\"REQUIRES_IMPROVEMENT\"}");
    assertEquals(200, judged.code(), judged.body().string());
    Response touching =
        WebTestClient.postJson(admin(), "/api/inspections/import?onConflict=merge", read);
    String touches = touching.body().string();
    assertEquals(409, touching.code(), touches);
    assertTrue(touches.contains("cannot be merged"), touches);
    assertTrue(
        touches.contains("standard 1.2 Staff rating: stored Requires improvement (judgement)"),
        touches);
    assertEquals("REQUIRES_IMPROVEMENT", rating(stored(), "1.2"));

    Response replaced =
        WebTestClient.postJson(admin(), "/api/inspections/import?onConflict=replace", read);
    JsonNode overwritten = JSON.readTree(replaced.body().string());
    assertEquals(200, replaced.code(), overwritten.toString());
    assertTrue(
        overwritten.get("conflict").get(0).asText().startsWith("replaced: the stored inspection"),
        overwritten.toString());
    assertEquals("GOOD", rating(stored(), "1.2"), "the document's rating stands");
  }
}
