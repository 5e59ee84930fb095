package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages' charts: each an image with a title and a description, and its data in a table that
 * counts what the page's own records show.
 */
class ChartsWebTest extends NorthWestWebTest {

  /** Gwent, Wales: Requires improvement in 2022, Good in 2025 (published summaries). */
  static final String GWENT_TWICE =
      "{\"inspections\": ["
          + "{\"pdu\": \"Gwent\", \"region\": \"Wales\", \"published\": \"2022-02\","
          + " \"programme\": \"PDU inspections 2021-2023\", \"overallRating\":"
          + " \"REQUIRES_IMPROVEMENT\", \"standardRatings\": {\"Leadership\":"
          + " \"REQUIRES_IMPROVEMENT\", \"Court work\": \"GOOD\"},"
          + " \"source\": \"https://example.org/gwent-2022\"},"
          + "{\"pdu\": \"Gwent\", \"region\": \"Wales\", \"published\": \"2025-01\","
          + " \"programme\": \"PDU inspections from October 2023\", \"overallRating\": \"GOOD\","
          + " \"standardRatings\": {\"Leadership\": \"GOOD\", \"Assessment\": \"GOOD\"},"
          + " \"source\": \"https://example.org/gwent-2025\"}]}";

  private static final List<String> SCALE =
      List.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE");

  @BeforeEach
  void importGwent() throws Exception {
    WebTestClient.json(
        WebTestClient.postJson(admin(), "/api/published-outcomes/import", GWENT_TWICE), 201);
  }

  @Test
  void theDashboard_loadsItsChartsAfterItIsShown_andLinksToThemWithoutAScript() throws Exception {
    String page = WebTestClient.body(admin().get("/?region=Wales&year=2025"), 200);

    assertTrue(
        page.contains(
            "hx-get=\"/dashboard/charts?region=Wales&amp;year=2025\" hx-trigger=\"load\""),
        page);
    assertTrue(page.contains("href=\"/dashboard/charts?region=Wales&amp;year=2025\""), page);
    String fragment =
        WebTestClient.body(
            admin()
                .request(
                    "/dashboard/charts?region=Wales&year=2025",
                    builder -> builder.header("HX-Request", "true")),
            200);
    assertTrue(fragment.strip().startsWith("<section class=\"app-charts\""), fragment);
    assertTrue(!fragment.contains("<html"), "a fragment, not a page");
    assertTrue(fragment.contains("Each standard's ratings in Wales"), fragment);
  }

  @Test
  void theDashboardsChartsAreImages_eachWithATitleADescriptionAndItsData() throws Exception {
    String page = WebTestClient.body(admin().get("/dashboard/charts"), 200);

    for (String id : List.of("chart-regions", "chart-years", "chart-standards")) {
      String figure = figure(page, id);
      assertTrue(figure.contains("role=\"img\""), figure);
      assertTrue(figure.contains("aria-labelledby=\"" + id + "-title " + id + "-desc\""), figure);
      assertTrue(figure.contains("<title id=\"" + id + "-title\">"), figure);
      assertTrue(figure.contains("<desc id=\"" + id + "-desc\">"), figure);
      assertTrue(figure.contains("Show the data"), figure);
      assertTrue(figure.contains("<table class=\"govuk-table\">"), figure);
    }
  }

  @Test
  void overallRatingsByRegion_countWhatTheHeatmapsRowsShow() throws Exception {
    Map<String, List<String>> expected = new TreeMap<>();
    for (JsonNode row :
        WebTestClient.json(admin().get("/api/dashboard?limit=500"), 200).get("rows")) {
      List<String> counts =
          expected.computeIfAbsent(
              row.get("region").asText(), r -> new ArrayList<>(List.of("0", "0", "0", "0")));
      int at = SCALE.indexOf(row.path("overallRating").asText());
      counts.set(at, String.valueOf(Integer.parseInt(counts.get(at)) + 1));
    }
    List<List<String>> table = new ArrayList<>();
    expected.forEach(
        (region, counts) -> {
          List<String> row = new ArrayList<>(List.of(region));
          row.addAll(counts);
          row.add(String.valueOf(counts.stream().mapToInt(Integer::parseInt).sum()));
          table.add(row);
        });

    String page = WebTestClient.body(admin().get("/dashboard/charts"), 200);

    assertEquals(
        3, table.stream().mapToInt(r -> Integer.parseInt(r.get(5))).sum(), table.toString());
    List<List<String>> drawn = rows(figure(page, "chart-regions"));
    assertEquals(table, drawn.stream().filter(row -> !row.get(5).equals("0")).toList());
    assertTrue(
        drawn.contains(List.of("North East", "0", "0", "0", "0", "0")),
        "a region not inspected has a bar of none: " + drawn);
    assertTrue(
        figure(page, "chart-regions").contains("Wales: 1 Good."), figure(page, "chart-regions"));
  }

  @Test
  void overallRatingsByYear_countEveryInspectionOfTheRound_notOnlyTheLatest() throws Exception {
    String page = WebTestClient.body(admin().get("/dashboard/charts"), 200);

    List<List<String>> years = rows(figure(page, "chart-years"));

    assertEquals(List.of("2022", "0", "0", "1", "0", "1"), years.get(0));
    assertEquals("2023", years.get(1).get(0));
    assertEquals("2", years.get(1).get(5));
    assertEquals(List.of("2025", "0", "1", "0", "0", "1"), years.get(2));
  }

  @Test
  void theChartsAndTheDashboard_countARecordStoredSinceTheyWereLastShown() throws Exception {
    String before = WebTestClient.body(admin().get("/dashboard/charts"), 200);
    assertTrue(figure(before, "chart-regions").contains("Wales: 1 Good."), before);
    WebTestClient.body(admin().get("/"), 200);

    WebTestClient.json(
        WebTestClient.postJson(
            admin(),
            "/api/published-outcomes/import",
            GWENT_TWICE.replace("Gwent", "Powys").replace("gwent", "powys")),
        201);

    String after = WebTestClient.body(admin().get("/dashboard/charts"), 200);
    assertTrue(figure(after, "chart-regions").contains("Wales: 2 Good."), after);
    assertTrue(WebTestClient.body(admin().get("/"), 200).contains("Powys"));
  }

  @Test
  void eachStandardsRatings_countTheLatestInspectionsOfTheFrameworksThatRateIt() throws Exception {
    String page = WebTestClient.body(admin().get("/dashboard/charts"), 200);

    List<List<String>> standards = rows(figure(page, "chart-standards"));
    List<String> leadership2021 =
        standards.stream().filter(r -> r.get(0).equals("1.1 Leadership")).findFirst().orElseThrow();

    // Knowsley (Inadequate) and Cheshire West (Requires improvement) rate it under 2021's
    // framework; Gwent's latest (2025) under the later one, which names it alike.
    assertEquals("1", leadership2021.get(3), leadership2021.toString());
    assertEquals("1", leadership2021.get(4), leadership2021.toString());
  }

  @Test
  void aPdusPage_drawsItsScoreAtEachInspection_withItsOverallRating() throws Exception {
    String page = WebTestClient.body(admin().get("/pdus/" + nw.knowsley.value()), 200);

    String figure = figure(page, "chart-pdu-scores");
    List<List<String>> rows = rows(figure);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("2023-04", rows.get(0).get(0));
    assertTrue(rows.get(0).get(1).endsWith("%"), rows.toString());
    assertTrue(figure.contains("role=\"img\""), figure);
  }

  @Test
  void aPlansPage_listsItsItemsAsTasksWithTheirStatus_foldsThem_andDrawsItsBurnUp()
      throws Exception {
    String page = WebTestClient.body(admin().get("/action-plans/" + nw.plan.value()), 200);

    assertTrue(page.contains("<ul class=\"govuk-task-list\""), page);
    assertTrue(page.contains("href=\"#item-1\""), page);
    assertTrue(page.contains("<details class=\"govuk-details app-fold\" open>"), page);
    assertTrue(page.contains("id=\"item-1\""), page);
    Matcher status = Pattern.compile("id=\"task-1-status\">(.*?)</div>").matcher(page);
    assertTrue(status.find(), page);
    assertTrue(
        List.of("Not started", "In progress", "Overdue", "Done", "No actions yet").stream()
            .anyMatch(status.group(1)::contains),
        status.group(1));
    String burnUp = figure(page, "chart-burn-up");
    List<List<String>> months = rows(burnUp);
    List<String> last = months.get(months.size() - 1);
    assertTrue(Integer.parseInt(last.get(1)) >= 1, last.toString());
  }

  /** The figure of the chart with this id. */
  static String figure(String page, String id) {
    int start = page.indexOf("<figure class=\"app-chart\" id=\"" + id + "\">");
    assertTrue(start >= 0, "no chart " + id + " in " + page);
    return page.substring(start, page.indexOf("</figure>", start));
  }

  /** The text of each cell of each body row of the figure's table. */
  static List<List<String>> rows(String figure) {
    String body =
        figure.substring(
            figure.indexOf("<tbody"), figure.indexOf("</tbody>") + "</tbody>".length());
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("<tr class=\"govuk-table__row\">(.*?)</tr>").matcher(body);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1).replace("&amp;", "&").replace("&#39;", "'"));
      }
      rows.add(cells);
    }
    return rows;
  }
}
