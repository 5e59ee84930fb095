package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.body;

import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.account.Role;
import org.probationinspections.web.security.WebSettings;

/**
 * What a refused request says, and how: in a person's words, with the status a client expects, and
 * never a page drawn where it does not belong.
 */
class RefusedPlainlyTest extends NorthWestWebTest {

  private static Response send(OkHttpClient http, Request request) throws Exception {
    return http.newCall(request).execute();
  }

  @Test
  void anAnonymousHtmxUpdate_isSentToSignIn_asAWholePage_notDrawnInsideTheRow() throws Exception {
    TestWorld secure = new TestWorld(new WebSettings(true, false, 2_000_000));
    NorthWestFixture recorded = NorthWestFixture.recordInto(secure.services);
    JavalinTest.test(
        secure.web.create(),
        (server, client) -> {
          String planPage = client.getOrigin() + "/action-plans/" + recorded.plan.value();
          Response response =
              send(
                  client.getOkHttp().newBuilder().followRedirects(false).build(),
                  new Request.Builder()
                      .url(planPage + "/items/1/actions/1/status")
                      .header("HX-Request", "true")
                      .header("HX-Current-URL", planPage)
                      .post(
                          RequestBody.create(
                              "status=COMPLETED",
                              MediaType.get("application/x-www-form-urlencoded")))
                      .build());
          String redirect = response.header("HX-Redirect");
          assertNotNull(redirect, "htmx is told to go to the sign-in page");
          assertTrue(redirect.startsWith("/login?next="), redirect);
          assertTrue(
              redirect.contains(recorded.plan.value()),
              "and to come back to the plan: " + redirect);
          assertFalse(response.body().string().contains("<html"), "no page inside the row");
        });
  }

  @Test
  void aRefusalForLackOfPermission_saysWhatThePersonMayNotDo_inWords() throws Exception {
    TestWorld empty = new TestWorld();
    String reader = empty.tokenFor("rita", Role.READER);
    JavalinTest.test(
        empty.web.create(),
        TestWorld.as(reader),
        (server, client) -> {
          Response refused = client.post("/api/regions", "{\"name\":\"Wales\"}");
          String body = body(refused, 403);
          assertTrue(body.contains("rita, a reader, who may not change inspections"), body);
          assertFalse(body.contains("EDIT_INSPECTIONS"), body);
        });
  }

  @Test
  void jsonSentAsSomethingElse_is415_andBytesThatAreNotUtf8_are400() throws Exception {
    TestWorld empty = new TestWorld();
    JavalinTest.test(
        empty.web.create(),
        TestWorld.as(empty.adminToken),
        (server, client) -> {
          Response plain =
              send(
                  client.getOkHttp(),
                  new Request.Builder()
                      .url(client.getOrigin() + "/api/regions")
                      .post(RequestBody.create("{\"name\":\"Wales\"}", MediaType.get("text/plain")))
                      .build());
          assertEquals(415, plain.code(), plain.body().string());
          byte[] latin1 =
              "{\"name\":\"Ynys M\u00f4n\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
          Response garbled =
              send(
                  client.getOkHttp(),
                  new Request.Builder()
                      .url(client.getOrigin() + "/api/regions")
                      .post(RequestBody.create(latin1, MediaType.get("application/json")))
                      .build());
          String body = body(garbled, 400);
          assertTrue(body.contains("UTF-8"), body);
          assertTrue(empty.services.listRegions().list().isEmpty(), "nothing stored");
        });
  }

  @Test
  void aSecondPlanForALetterThatHasOne_is409() throws Exception {
    Response second =
        admin()
            .post(
                "/api/action-plans",
                "{\"region\":\"North West\",\"reviewId\":\""
                    + nw.review.value()
                    + "\",\"submitted\":\"2023-09-01\"}");
    String body = body(second, 409);
    assertTrue(body.contains("has an action plan already"), body);
  }

  @Test
  void aTargetMovedToBeforeThePlanWasSubmitted_isRefused() throws Exception {
    Response moved =
        admin()
            .post(
                "/api/action-plans/" + nw.plan.value() + "/items/1/actions/1/target",
                "{\"target\":\"2020-01\",\"reason\":\"typo\",\"by\":\"Head of PDU\"}");
    String body = body(moved, 422);
    assertTrue(body.contains("before the plan was submitted"), body);
  }

  @Test
  void theLeagueSortedByAnUnknownColumn_is400_sayingWhatItCanBeSortedBy() throws Exception {
    Response bogus = admin().get("/league?sort=bogus");
    String body = body(bogus, 400);
    assertTrue(body.contains("sort by score, overall or a standard"), body);
  }

  @Test
  void aRecordAskedForAsAtADayBeforeItWasMade_is404_sayingWhy() throws Exception {
    String before = TestWorld.TODAY.minusDays(1).toString();
    Response page =
        admin().get("/inspections/" + nw.knowsleyInspection.value() + "?asOf=" + before);
    String html = body(page, 404);
    assertTrue(html.contains("may have been made after that day"), html);
    assertTrue(html.contains("/inspections/" + nw.knowsleyInspection.value()), html);
  }

  @Test
  void aRefusedInPlaceUpdate_showsTheRefusalInTheRow_andTheStatusAsStored() throws Exception {
    String other = world.tokenFor("ned", Role.PROVIDER, "North East");
    web.as(
        other,
        client -> {
          String planPage = client.getOrigin() + "/action-plans/" + nw.plan.value();
          Response response =
              send(
                  client.getOkHttp(),
                  new Request.Builder()
                      .url(planPage + "/items/1/actions/1/status")
                      .header("HX-Request", "true")
                      .post(
                          RequestBody.create(
                              "status=COMPLETED",
                              MediaType.get("application/x-www-form-urlencoded")))
                      .build());
          String row = response.body().string();
          assertEquals(200, response.code(), "htmx swaps it in: " + row);
          assertTrue(row.contains("id=\"action-1-1\""), row);
          assertTrue(row.contains("role=\"alert\""), row);
          assertTrue(row.contains("its own regions only"), row);
          assertFalse(row.contains("value=\"COMPLETED\" selected"), "the stored status: " + row);
        });
  }
}
