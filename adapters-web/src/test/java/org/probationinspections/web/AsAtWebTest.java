package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.history.AsAtServices.AsAt;
import org.probationinspections.application.history.AsAtServices.Scope;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.unit.Pdu;

/**
 * Pages and API reads as at a past date ({@code ?asOf=}): the North West records are made on 1
 * March, action 1.1 is completed on 10 March, and today is 15 March.
 */
class AsAtWebTest extends NorthWestWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Records the North West on the 1st of March and completes an action on the 10th. */
  @Override
  @BeforeEach
  void recordNorthWest() {
    world = new TestWorld();
    world.setToday(LocalDate.of(2024, 3, 1));
    nw = NorthWestFixture.recordInto(world.services);
    world.setToday(LocalDate.of(2024, 3, 10));
    nw.report(world.services, new ActionRef(1, 1), ActionStatus.COMPLETED, "done", "RPD");
    world.setToday(TestWorld.TODAY);
  }

  private String planApi() {
    return "/api/action-plans/" + nw.plan.value();
  }

  @Test
  void apiPlan_asAtADayBeforeTheChange_showsTheActionAsItWas_withThatDaysVersion()
      throws Exception {
    JsonNode today = JSON.readTree(body(admin().get(planApi()), 200));
    JsonNode then = JSON.readTree(body(admin().get(planApi() + "?asOf=2024-03-05"), 200));
    assertEquals("COMPLETED", today.at("/items/0/actions/0/status").asText());
    assertEquals("PLANNED", then.at("/items/0/actions/0/status").asText());
    assertEquals(today.get("version").asLong() - 1, then.get("version").asLong());
    assertEquals(today.at("/items/1/actions/0/status"), then.at("/items/1/actions/0/status"));
    assertEquals(75, today.at("/items/1/actions/0/daysOverdue").asInt());
    assertEquals(65, then.at("/items/1/actions/0/daysOverdue").asInt(), "as at 5 March");
  }

  @Test
  void planPage_asAtADate_saysSo_keepsTheDateForItsLinks_andOffersNoChange() throws Exception {
    String page = body(admin().get("/action-plans/" + nw.plan.value() + "?asOf=2024-03-05"), 200);
    assertTrue(page.contains("As at 5 March 2024."), page);
    assertTrue(page.contains("data-as-of=\"2024-03-05\""), page);
    assertTrue(page.contains("/static/as-at.js"), page);
    String today = body(admin().get("/action-plans/" + nw.plan.value()), 200);
    assertFalse(today.contains("As at "), "today's page has no banner");
  }

  @Test
  void dashboard_asAtADayBeforeAnythingWasRecorded_listsNoInspection() throws Exception {
    assertTrue(body(admin().get("/"), 200).contains("Knowsley"));
    String before = body(admin().get("/?asOf=2024-02-29"), 200);
    assertTrue(before.contains("As at 29 February 2024."), before);
    assertFalse(before.contains("Knowsley"), before);
  }

  @Test
  void overdueActions_asAtADate_areThoseOfThatDay() throws Exception {
    JsonNode today = JSON.readTree(body(admin().get("/api/overdue-actions"), 200)).get("items");
    JsonNode then =
        JSON.readTree(body(admin().get("/api/overdue-actions?asOf=2024-03-05"), 200)).get("items");
    assertEquals(today.size() + 1, then.size(), "1.1 was overdue then, completed since");
    assertEquals("2023-09", then.get(0).get("target").asText());
  }

  @Test
  void asOfToday_isTheLiveView() throws Exception {
    JsonNode today = JSON.readTree(body(admin().get(planApi() + "?asOf=2024-03-15"), 200));
    assertEquals("COMPLETED", today.at("/items/0/actions/0/status").asText());
  }

  @Test
  void aChangeSentWithAsOf_is400_andChangesNothing() throws Exception {
    Response refused =
        admin()
            .post(
                planApi() + "/items/1/actions/2/progress?asOf=2024-03-05",
                "{\"status\":\"COMPLETED\",\"by\":\"RPD\"}");
    JsonNode problem = JSON.readTree(body(refused, 400));
    assertEquals("asOf", problem.get("field").asText());
    JsonNode plan = JSON.readTree(body(admin().get(planApi()), 200));
    assertEquals("PLANNED", plan.at("/items/0/actions/1/status").asText());
  }

  @Test
  void anUnreadableOrFutureDate_isRefused() throws Exception {
    JsonNode unreadable = JSON.readTree(body(admin().get(planApi() + "?asOf=last-week"), 400));
    assertEquals("asOf", unreadable.get("field").asText());
    body(admin().get(planApi() + "?asOf=2024-03-16"), 422);
  }

  private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

  private static <R, T> Set<T> ids(List<R> records, Function<R, T> id) {
    return records.stream().map(id).collect(Collectors.toSet());
  }

  @Test
  void aRecordsViewOfAPastDay_rebuildsThatRecordAndWhatItIsReadWith_only() {
    AsAt plan = world.history.at(MARCH_5, Scope.of("action-plan", nw.plan.value())).orElseThrow();
    assertEquals(Set.of(nw.plan), ids(plan.ports().plans().findAll(), ActionPlan::id));
    assertEquals(Set.of(nw.review), ids(plan.ports().reviews().findAll(), RegionalReview::id));
    assertEquals(
        Set.of(nw.knowsleyInspection, nw.cheshireInspection),
        ids(plan.ports().inspections().findAll(), Inspection::id));
    assertEquals(Set.of(nw.knowsley, nw.cheshire), ids(plan.ports().pdus().findAll(), Pdu::id));

    AsAt inspection =
        world
            .history
            .at(MARCH_5, Scope.of("inspection", nw.knowsleyInspection.value()))
            .orElseThrow();
    assertEquals(
        Set.of(nw.knowsleyInspection),
        ids(inspection.ports().inspections().findAll(), Inspection::id));
    assertTrue(inspection.ports().plans().findAll().isEmpty());
    assertEquals(Set.of(nw.knowsley), ids(inspection.ports().pdus().findAll(), Pdu::id));

    AsAt everything = world.history.at(MARCH_5).orElseThrow();
    assertEquals(
        plan.ports().plans().findAll().get(0).items(),
        everything.ports().plans().findAll().get(0).items(),
        "the plan as its own view and the whole day's show the same items");
  }

  @Test
  void aDayTooLargeToRebuildWhole_isRefusedOnItsLists_sayingWhatCanBeSeen_whileARecordsPageIsShown()
      throws Exception {
    world = new TestWorld(org.probationinspections.web.security.WebSettings.defaults(), 2);
    world.setToday(LocalDate.of(2024, 3, 1));
    nw = NorthWestFixture.recordInto(world.services);
    world.setToday(LocalDate.of(2024, 3, 10));
    nw.report(world.services, new ActionRef(1, 1), ActionStatus.COMPLETED, "done", "RPD");
    world.setToday(TestWorld.TODAY);

    JsonNode refused =
        JSON.readTree(body(admin().get("/api/overdue-actions?asOf=2024-03-05"), 422));
    assertEquals("asOf", refused.get("field").asText());
    String detail = refused.get("detail").asText();
    assertTrue(detail.contains("would rebuild 4 inspections, letters and plans"), detail);
    assertTrue(
        detail.contains("One inspection, regional letter or action plan can still be seen"),
        detail);
    String page = body(admin().get("/?asOf=2024-03-05"), 422);
    assertTrue(
        page.contains("One inspection, regional letter or action plan can still be seen"), page);

    JsonNode then = JSON.readTree(body(admin().get(planApi() + "?asOf=2024-03-05"), 200));
    assertEquals("PLANNED", then.at("/items/0/actions/0/status").asText());
    String inspection =
        body(
            admin().get("/inspections/" + nw.knowsleyInspection.value() + "?asOf=2024-03-05"), 200);
    assertTrue(inspection.contains("As at 5 March 2024."), inspection);
    body(admin().get("/reviews/" + nw.review.value() + "?asOf=2024-03-05"), 200);
    assertEquals(200, admin().get("/api/overdue-actions").code(), "today's view is not limited");
  }
}
