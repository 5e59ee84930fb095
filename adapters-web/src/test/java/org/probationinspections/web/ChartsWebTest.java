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

  @Test
  void aRegionsPage_chartsItsActionsOverdueAtEachMonthsEnd_asAtThePagesDay() throws Exception {
    // Today is 10 May 2024; the action due in September 2023 was reported done today, and the one
    // due in November 2023 on 15 March 2024 (by the fixture).
    world.setToday(java.time.LocalDate.of(2024, 5, 10));
    nw.report(
        world.services,
        new org.probationinspections.domain.plan.ActionRef(1, 1),
        org.probationinspections.domain.plan.ActionStatus.COMPLETED,
        "Every practitioner trained",
        "Head of PDU");
    String region = "/regions/" + nw.region.value();

    String figure = figure(WebTestClient.body(admin().get(region), 200), "chart-overdue");

    assertEquals(
        List.of(
            List.of("2023-08", "0"),
            List.of("2023-09", "0"),
            List.of("2023-10", "1"),
            List.of("2023-11", "2"),
            List.of("2023-12", "3"),
            List.of("2024-01", "4"),
            List.of("2024-02", "4"),
            List.of("2024-03", "3"),
            List.of("2024-04", "3"),
            List.of("2024-05", "2")),
        rows(figure));
    assertTrue(figure.contains("role=\"img\""), figure);
    assertTrue(
        figure.contains(
            "<title id=\"chart-overdue-title\">Actions overdue at the end of each month</title>"),
        figure);
    String description = description(figure, "chart-overdue");
    assertTrue(description.contains("from 2023-08 to 2024-05"), description);
    assertTrue(description.contains("counted as at 2024-05-10."), description);
    assertTrue(description.contains("2023-12: Overdue 3. "), description);
    assertTrue(description.endsWith("2024-05: Overdue 2."), description);
    assertTrue(figure.contains("<details class=\"govuk-details"), figure);

    // As the records stood on 15 March: the September action still open, March counted then.
    List<List<String>> then =
        rows(
            figure(
                WebTestClient.body(admin().get(region + "?asOf=2024-03-15"), 200),
                "chart-overdue"));
    assertEquals(List.of("2024-02", "4"), then.get(then.size() - 2));
    assertEquals(List.of("2024-03", "3"), then.get(then.size() - 1));
  }

  @Test
  void aRegionsPage_chartsItsRecommendationsByTheme_asTheThemesHeatmapCountsThem()
      throws Exception {
    String page = WebTestClient.body(admin().get("/regions/" + nw.region.value()), 200);

    String figure = figure(page, "chart-region-themes");
    Map<String, Integer> heatmap = new TreeMap<>();
    JsonNode counted =
        WebTestClient.json(admin().get("/api/themes/heatmap?region=North%20West&limit=500"), 200);
    for (JsonNode row : counted.get("rows")) {
      for (int t = 0; t < counted.get("themes").size(); t++) {
        int count = row.get("counts").get(t).asInt();
        if (count > 0) {
          heatmap.merge(counted.get("themes").get(t).get("name").asText(), count, Integer::sum);
        }
      }
    }
    List<List<String>> expected = new ArrayList<>();
    heatmap.entrySet().stream()
        .sorted(
            java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> expected.add(List.of(e.getKey(), "" + e.getValue(), "" + e.getValue())));
    assertTrue(expected.size() >= 2, expected.toString());
    assertEquals(expected, rows(figure));
    assertTrue(
        figure.contains(
                "<title id=\"chart-region-themes-title\">The region's recommendations by theme</title>")
            || figure.contains(
                "<title id=\"chart-region-themes-title\">The region&#39;s recommendations by"
                    + " theme</title>"),
        figure);
    String description = description(figure, "chart-region-themes");
    List<String> first = expected.get(0);
    assertTrue(
        description.contains(first.get(0) + ": " + first.get(1) + " Recommendations."),
        description);
  }

  @Test
  void aRegionWithNoPlanAndNoRecommendation_saysSoInsteadOfCharting() throws Exception {
    String wales = null;
    for (JsonNode region : WebTestClient.json(admin().get("/api/regions"), 200)) {
      if (region.get("name").asText().equals("Wales")) {
        wales = region.get("id").asText();
      }
    }
    String page = WebTestClient.body(admin().get("/regions/" + wales), 200);

    assertTrue(page.contains("No action plan yet."), page);
    assertTrue(page.contains("No recommendation recorded yet."), page);
    assertTrue(!page.contains("chart-overdue") && !page.contains("chart-region-themes"), page);
  }

  /** The text of the chart's description. */
  static String description(String figure, String id) {
    Matcher desc = Pattern.compile("<desc id=\"" + id + "-desc\">(.*?)</desc>").matcher(figure);
    assertTrue(desc.find(), figure);
    return desc.group(1).replace("&#39;", "'").replace("&amp;", "&");
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
