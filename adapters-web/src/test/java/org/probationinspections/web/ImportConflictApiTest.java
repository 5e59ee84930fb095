package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * {@code POST /api/action-plans/import?onConflict=…}: a plan read before someone reported progress
 * is refused by default (409, the difference in the problem), merged on request keeping the
 * progress, and a choice that is none of the three is a bad request.
 */
class ImportConflictApiTest extends NorthWestWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anOlderPlan_is409ByDefault_mergedWithOnConflictMerge_and400ForAnUnknownChoice()
      throws Exception {
    String read = admin().get("/api/action-plans/" + nw.plan.value()).body().string();
    nw.report(
        world.services,
        new ActionRef(1, 1),
        ActionStatus.COMPLETED,
        "Training delivered",
        "Head of PDU");

    Response refused = WebTestClient.postJson(admin(), "/api/action-plans/import", read);
    String problem = refused.body().string();
    assertEquals(409, refused.code(), problem);
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
    assertTrue(problem.contains("changed since the document was made"), problem);
    assertTrue(problem.contains("item 1, action 1 status: stored COMPLETED"), problem);

    Response unknown =
        WebTestClient.postJson(admin(), "/api/action-plans/import?onConflict=sometimes", read);
    assertEquals(400, unknown.code(), unknown.body().string());

    Response merged =
        WebTestClient.postJson(admin(), "/api/action-plans/import?onConflict=merge", read);
    JsonNode outcome = JSON.readTree(merged.body().string());
    assertEquals(200, merged.code(), outcome.toString());
    assertTrue(
        outcome.get("conflict").get(0).asText().startsWith("merged: the stored plan changed"),
        outcome.toString());
    JsonNode stored =
        JSON.readTree(admin().get("/api/action-plans/" + nw.plan.value()).body().string());
    assertEquals(
        "COMPLETED", stored.get("items").get(0).get("actions").get(0).get("status").asText());

    Response replaced =
        WebTestClient.postJson(admin(), "/api/action-plans/import?onConflict=replace", read);
    JsonNode overwritten = JSON.readTree(replaced.body().string());
    assertEquals(200, replaced.code(), overwritten.toString());
    assertTrue(
        overwritten.get("conflict").get(0).asText().startsWith("replaced: the stored plan"),
        overwritten.toString());
    JsonNode after =
        JSON.readTree(admin().get("/api/action-plans/" + nw.plan.value()).body().string());
    assertEquals("PLANNED", after.get("items").get(0).get("actions").get(0).get("status").asText());
  }
}
