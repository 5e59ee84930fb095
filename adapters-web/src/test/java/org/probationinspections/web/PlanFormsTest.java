package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.body;
import static org.probationinspections.web.WebTestClient.redirect;
import static org.probationinspections.web.WebTestClient.send;

import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.Seeds;

/**
 * The forms that publish a regional letter, draft a plan, answer recommendations and move a target,
 * and the import of published documents from the browser and the API.
 */
class PlanFormsTest extends NorthWestWebTest {

  private static Response post(HttpClient client, String path, String... pairs) throws IOException {
    return WebTestClient.form(client, path, null, pairs);
  }

  @Test
  void publishingALetterWithoutInspections_isRefusedBesideTheField_withThemItIsStored()
      throws Exception {
    Response refused =
        post(admin(), "/regions/" + nw.region.value() + "/reviews", "date", "2024-02-01");
    String html = refused.body().string();
    assertEquals(422, refused.code());
    assertTrue(html.contains("id=\"review-inspections-error\""), html);
    Response published =
        post(
            admin(),
            "/regions/" + nw.region.value() + "/reviews",
            "date",
            "2024-02-01",
            "inspection",
            nw.cheshireInspection.value());
    assertEquals(303, published.code());
    assertTrue(
        admin()
            .get("/regions/" + nw.region.value())
            .body()
            .string()
            .contains("Letter of 2024-02-01"));
  }

  @Test
  void draftingAPlan_thenAnsweringARecommendation_addsAnItem() throws Exception {
    Response drafted =
        // The fixture's letter has its plan already (a letter has one plan): this plan
        // answers the region's latest inspections.
        post(admin(), "/regions/" + nw.region.value() + "/action-plans", "submitted", "2024-03-01");
    String plan = redirect(drafted, 303);
    String page = admin().get(plan).body().string();
    assertTrue(page.contains("Answer recommendations"), page);
    String answer = nw.knowsleyInspection.value() + "#1";
    Response partly =
        post(
            admin(),
            plan + "/items",
            "answer",
            answer,
            "response",
            "PARTLY_AGREED",
            "explanation",
            "only in part");
    assertEquals(422, partly.code());
    assertTrue(partly.body().string().contains("needs a reason"));
    Response agreed = post(admin(), plan + "/items", "answer", answer, "response", "AGREED");
    assertEquals(303, agreed.code());
    assertTrue(admin().get(plan).body().string().contains("Item 1: Agreed"));
  }

  @Test
  void followUpJudgement_isRecordedBesideTheReportedStatus_andClosingWithOpenActionsIsRefused()
      throws Exception {
    String plan = "/action-plans/" + nw.plan.value();
    Response judged =
        post(
            admin(),
            plan + "/items/1/follow-up",
            "judgement",
            "INSUFFICIENT_PROGRESS",
            "note",
            "audits not started");
    assertEquals(303, judged.code());
    String page = admin().get(plan).body().string();
    assertTrue(page.contains("Insufficient progress — audits not started"), page);
    Response closing =
        post(admin(), plan + "/items/1/follow-up", "judgement", "GOOD_PROGRESS", "close", "true");
    String refused = closing.body().string();
    assertEquals(422, closing.code());
    assertTrue(refused.contains("id=\"follow-up-1-judgement-error\""), refused);
    assertTrue(refused.contains("cannot be closed while"), refused);
  }

  @Test
  void movingATargetNeedsAReason_andKeepsTheRevision() throws Exception {
    String plan = "/action-plans/" + nw.plan.value();
    Response refused = post(admin(), plan + "/targets", "action", "1.1", "target", "2024-09");
    assertEquals(422, refused.code());
    assertTrue(refused.body().string().contains("id=\"retarget-reason-error\""));
    Response moved =
        post(
            admin(),
            plan + "/targets",
            "action",
            "1.1",
            "target",
            "2024-09",
            "reason",
            "vetting delays");
    assertEquals(303, moved.code());
    assertTrue(admin().get(plan).body().string().contains("(moved 1×)"));
  }

  /** As the administrator of a new world with nothing recorded in it yet. */
  private static void inAnEmptyWorld(WebTestClient.Scenario scenario) {
    TestWorld empty = new TestWorld();
    new WebTestClient(() -> empty).asAdministrator(scenario);
  }

  @Test
  void uploadingTheSeedDocuments_importsThemInDependencyOrder_andAnEmptyFileIsRefused()
      throws Exception {
    inAnEmptyWorld(
        client -> {
          MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
          for (String seed : new String[] {Seeds.PLAN, Seeds.LETTER, Seeds.REPORT}) {
            body.addFormDataPart(
                "documents",
                seed,
                RequestBody.create(
                    Seeds.text(seed).getBytes(StandardCharsets.UTF_8),
                    MediaType.get("text/plain")));
          }
          body.addFormDataPart(
              "documents",
              "empty.txt",
              RequestBody.create(new byte[0], MediaType.get("text/plain")));
          Response response =
              send(
                  client,
                  new Request.Builder().url(client.getOrigin() + "/import").post(body.build()));
          String html = body(response, 422);
          assertTrue(
              html.contains("imported PDU report ")
                  && html.contains("(<a class=\"govuk-link\" href=\"/inspections/"),
              html);
          assertTrue(html.contains("imported regional letter "), html);
          assertTrue(
              html.contains("imported action plan ")
                  && html.contains("(<a class=\"govuk-link\" href=\"/action-plans/"),
              html);
          assertTrue(
              html.contains(
                  "empty.txt</strong>: <span class=\"error\" role=\"alert\">not imported: empty.txt:1"),
              html);
        });
  }

  @Test
  void apiDocuments_importsAReport_andRefusesBinaryWithAProblem() throws Exception {
    inAnEmptyWorld(
        client -> {
          Response created =
              send(
                  client,
                  new Request.Builder()
                      .url(client.getOrigin() + "/api/documents?name=" + Seeds.REPORT)
                      .post(
                          RequestBody.create(
                              Seeds.text(Seeds.REPORT), MediaType.get("text/plain"))));
          String json = body(created, 201);
          assertTrue(json.contains("\"kind\":\"PDU report\""), json);
          Response binary =
              send(
                  client,
                  new Request.Builder()
                      .url(client.getOrigin() + "/api/documents?name=scan.pdf")
                      .post(
                          RequestBody.create(
                              new byte[] {'%', 'P', 0, 1}, MediaType.get("application/pdf"))));
          assertEquals(422, binary.code());
          assertTrue(binary.header("Content-Type").startsWith("application/problem+json"));
          assertTrue(binary.body().string().contains("binary"));
        });
  }
}
