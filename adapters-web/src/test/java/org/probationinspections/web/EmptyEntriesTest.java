package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} among a list's entries in a request body is refused as that field's bad value
 * (422, problem+json naming the field), never met later as a server error.
 */
class EmptyEntriesTest extends NorthWestWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static void refusedAs(Response response, String field) throws Exception {
    String body = body(response, 422);
    JsonNode problem = JSON.readTree(body);
    assertEquals(field, problem.get("field").asText(), body);
    assertTrue(problem.get("detail").asText().contains("entry"), body);
  }

  @Test
  void aNullAmongAliases_themes_answers_observations_orKeyQuestions_is422() throws Exception {
    refusedAs(
        admin()
            .post(
                "/api/pdus", "{\"region\":\"North West\",\"name\":\"Wirral\",\"aliases\":[null]}"),
        "aliases");
    refusedAs(
        admin()
            .request(
                "/api/inspections/" + nw.knowsleyInspection.value() + "/recommendations/1/themes",
                b ->
                    b.put(
                        okhttp3.RequestBody.create(
                            "{\"themes\":[null],\"note\":\"x\"}",
                            okhttp3.MediaType.get("application/json")))),
        "themes");
    refusedAs(
        admin()
            .post(
                "/api/action-plans/" + nw.plan.value() + "/items",
                "{\"answers\":[null],\"response\":\"AGREED\"}"),
        "answers");
    refusedAs(
        admin()
            .post(
                "/api/reviews",
                "{\"region\":\"North West\",\"date\":\"2023-07-20\",\"inspectionIds\":[\""
                    + nw.knowsleyInspection.value()
                    + "\"],\"observations\":[null]}"),
        "observations");
  }
}
