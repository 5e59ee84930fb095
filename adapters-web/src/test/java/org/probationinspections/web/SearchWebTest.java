package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.json;
import static org.probationinspections.web.WebTestClient.page;
import static org.probationinspections.web.WebTestClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search page and {@code /api/search}: words found in any form, marked, narrowed, paged. */
class SearchWebTest extends NorthWestWebTest {

  @Test
  void thePage_findsRecommendationsAndActions_withTheWordsMarked_andLinksToThem() throws Exception {
    String html =
        page(
            admin().get("/search?q=management%20oversight"),
            200,
            "<mark>oversight</mark>",
            "Recommendation 1",
            "Action 5.1",
            "/inspections/" + nw.cheshireInspection.value() + "#recommendations",
            "/action-plans/" + nw.plan.value() + "#item-5",
            "inspection of Cheshire West PDU, North West");
    assertFalse(html.contains("workloads"), "a text without both words is not found");
  }

  @Test
  void theKindsTicked_andTheRegion_narrowTheSearch() throws Exception {
    String actions = page(admin().get("/search?q=oversight&kind=ACTION"), 200, "Action 5.1");
    assertFalse(actions.contains("Recommendation 1"), actions);
    assertTrue(actions.contains("value=\"ACTION\" checked"), "the ticked kind stays ticked");
    page(admin().get("/search?q=oversight&region=North%20East"), 200, "No results");
  }

  @Test
  void onlyCommonWords_areSaidToBeLeftOut_andFindNothing() throws Exception {
    page(admin().get("/search?q=the%20of"), 200, "Type at least one word", "Search");
  }

  @Test
  void theApi_pagesTheHits_withANextLink_untilTheLast() throws Exception {
    JsonNode first = json(admin().get("/api/search?q=workloads&limit=1"), 200);
    assertEquals("workloads", first.get("words").get(0).asText());
    assertEquals(1, first.get("items").size());
    String next = first.get("next").asText();
    assertTrue(next.startsWith("/api/search?"), next);

    List<String> kinds = new ArrayList<>();
    kinds.add(first.get("items").get(0).get("kind").asText());
    JsonNode second = json(admin().get(next), 200);
    assertEquals(1, second.get("items").size());
    kinds.add(second.get("items").get(0).get("kind").asText());
    assertFalse(second.has("next") && !second.get("next").isNull(), second.toString());
    assertEquals(
        List.of("ACTION", "RECOMMENDATION"),
        kinds.stream().sorted().toList(),
        "'workload' in an action and 'workloads' in a recommendation");

    JsonNode text = first.get("items").get(0).get("text");
    boolean marked = false;
    for (JsonNode run : text) {
      marked |= run.get("matched").asBoolean();
    }
    assertTrue(marked, text.toString());
  }

  @Test
  void theApi_refusesASearchWithoutWords_aCursorNoPageGave_andAnUnknownRegion() throws Exception {
    problem(admin().get("/api/search"), 400, "field", "q");
    problem(admin().get("/api/search?q=police&cursor=nonsense"), 400, "field", "cursor");
    problem(admin().get("/api/search?q=police&kind=MEMO"), 400, "field", "kind");
    problem(admin().get("/api/search?q=police&region=Atlantis"), 404, null, null);
    JsonNode common = json(admin().get("/api/search?q=the%20of"), 200);
    assertEquals(0, common.get("items").size());
    assertEquals("the", common.get("leftOut").get(0).asText());
  }
}
