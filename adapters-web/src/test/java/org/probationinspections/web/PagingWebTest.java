package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.json;
import static org.probationinspections.web.WebTestClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * The API lists of plans, overdue actions and recommendations, read a page at a time: more records
 * than a page, every {@code next} link followed to the last page, nothing twice and nothing missed.
 */
class PagingWebTest extends NorthWestWebTest {

  @Test
  void actionPlans_walkedPageByPage_giveEveryPlanOnce() throws Exception {
    for (int i = 0; i < 60; i++) {
      world
          .services
          .draftActionPlan()
          .draft(
              new DraftActionPlanUseCase.Command(
                  i % 2 == 0 ? "North West" : "North East",
                  Optional.empty(),
                  LocalDate.of(2023, 1, 1).plusDays(i % 7)));
    }
    Set<String> expected = new HashSet<>();
    world.services.listActionPlans().list(Optional.empty()).forEach(p -> expected.add(p.id()));
    assertEquals(61, expected.size());

    List<String> walked = walk(admin(), "/api/action-plans", item -> item.get("id").asText());
    assertEquals(61, walked.size());
    assertEquals(expected, new HashSet<>(walked));
    List<String> small =
        walk(admin(), "/api/action-plans?limit=7", item -> item.get("id").asText());
    assertEquals(walked, small, "the same order whatever the page size");
    assertEquals(
        31,
        walk(
                admin(),
                "/api/action-plans?region=North%20West&limit=4",
                item -> item.get("id").asText())
            .size());
  }

  @Test
  void overdueActions_walkedPageByPage_giveEveryActionOnce_mostOverdueFirst() throws Exception {
    for (int i = 0; i < 60; i++) {
      NorthWestFixture.addAction(
          world.services,
          nw,
          1 + i % 5,
          "Action " + i,
          "Head of PDU",
          YearMonth.of(2023, 1).plusMonths(i % 12));
    }
    List<String> expected =
        world
            .services
            .listOverdueActions()
            .list(new ListOverdueActionsUseCase.Query(Optional.empty(), Optional.empty()))
            .stream()
            .map(a -> a.planId() + "/" + a.item() + "/" + a.action())
            .toList();
    assertEquals(63, expected.size());

    Function<JsonNode, String> key =
        item ->
            item.get("planId").asText()
                + "/"
                + item.get("item").asInt()
                + "/"
                + item.get("action").asInt();
    List<String> walked = walk(admin(), "/api/overdue-actions", key);
    assertEquals(expected, walked);
    assertEquals(expected, walk(admin(), "/api/overdue-actions?limit=10", key));
    assertEquals(expected, walk(admin(), "/api/overdue-actions?region=North%20West&limit=9", key));
    assertEquals(List.of(), walk(admin(), "/api/overdue-actions?region=North%20East", key));
  }

  @Test
  void recommendations_walkedPageByPage_giveEveryRecommendationOnce() throws Exception {
    for (int i = 0; i < 60; i++) {
      world
          .services
          .addRecommendation()
          .add(
              new AddRecommendationUseCase.Command(
                  i % 2 == 0 ? nw.knowsleyInspection : nw.cheshireInspection,
                  AddresseeLevel.PDU,
                  "",
                  i % 3 == 0
                      ? "train staff in domestic abuse risk, round " + i
                      : "improve the quality of case records, round " + i));
    }
    List<String> expected =
        world
            .services
            .listThemedRecommendations()
            .list(ListThemedRecommendationsUseCase.Query.all())
            .stream()
            .map(r -> r.inspectionId() + "/" + r.number())
            .toList();
    assertEquals(65, expected.size());
    List<String> themedExpected =
        world
            .services
            .listThemedRecommendations()
            .list(
                new ListThemedRecommendationsUseCase.Query(
                    Optional.empty(), Optional.empty(), Optional.of("domestic-abuse-safeguarding")))
            .stream()
            .map(r -> r.inspectionId() + "/" + r.number())
            .toList();

    Function<JsonNode, String> key =
        item -> item.get("inspectionId").asText() + "/" + item.get("number").asInt();
    assertEquals(expected, walk(admin(), "/api/recommendations", key));
    assertEquals(expected, walk(admin(), "/api/recommendations?limit=8", key));
    List<String> themed =
        walk(admin(), "/api/recommendations?theme=domestic-abuse-safeguarding&limit=6", key);
    assertTrue(themed.size() >= 20, "" + themed.size());
    assertEquals(themedExpected, themed);
    assertEquals(
        expected.stream().filter(k -> k.startsWith(nw.cheshireInspection.value())).toList(),
        walk(
            admin(),
            "/api/recommendations?pdu=" + nw.cheshire.value() + "&region=North%20West&limit=7",
            key));
  }

  @Test
  void aBadLimitOrAForgedCursor_is400_namingTheParameter() throws Exception {
    for (String list :
        List.of(
            "/api/action-plans",
            "/api/overdue-actions",
            "/api/recommendations",
            "/api/pdus",
            "/api/reviews",
            "/api/search?q=workloads")) {
      String and = list.contains("?") ? list + "&" : list + "?";
      problem(admin().get(and + "limit=0"), 400, "field", "limit");
      problem(admin().get(and + "limit=501"), 400, "field", "limit");
      problem(admin().get(and + "limit=many"), 400, "field", "limit");
      problem(admin().get(and + "cursor=forged"), 400, "field", "cursor");
      problem(admin().get(and + "cursor=%25%25"), 400, "field", "cursor");
      JsonNode page = json(admin().get(and + "limit=500"), 200);
      assertFalse(page.has("next"), list + ": one page holds them all");
    }
  }

  @Test
  void pdusAndLetters_walkedPageByPage_giveEachOnce_andTheAuditAndDashboardAreBounded()
      throws Exception {
    assertEquals(
        List.of("Cheshire West", "Knowsley and St Helens"),
        walk(admin(), "/api/pdus?region=North%20West&limit=1", pdu -> pdu.get("name").asText())
            .stream()
            .sorted()
            .toList());
    assertEquals(
        1, walk(admin(), "/api/reviews?limit=1", review -> review.get("id").asText()).size());
    assertEquals(3, json(admin().get("/api/audit?limit=3"), 200).size());
    problem(admin().get("/api/audit?limit=501"), 400, "field", "limit");
    JsonNode dashboard = json(admin().get("/api/dashboard?limit=1"), 200);
    assertEquals(1, dashboard.get("rows").size());
    assertEquals(2, dashboard.get("totalRows").asInt());
    problem(admin().get("/api/dashboard?offset=-1"), 400, "field", "offset");
  }

  /** Follows the {@code next} links from the first page to the last, collecting the keys. */
  private static List<String> walk(HttpClient client, String first, Function<JsonNode, String> key)
      throws IOException {
    List<String> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String path = first;
    int pages = 0;
    while (path != null) {
      JsonNode page = json(client.get(path), 200);
      for (JsonNode item : page.get("items")) {
        String k = key.apply(item);
        assertTrue(seen.add(k), "seen twice: " + k);
        keys.add(k);
      }
      path = page.has("next") ? page.get("next").asText() : null;
      if (path != null) {
        assertFalse(page.get("items").isEmpty(), "a page before the last is not empty");
      }
      assertTrue(++pages < 100, "the walk ends");
    }
    return keys;
  }
}
