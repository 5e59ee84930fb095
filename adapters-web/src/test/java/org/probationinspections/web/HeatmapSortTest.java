package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's heatmap sorts by the column whose heading is chosen, and says which. */
class HeatmapSortTest extends NorthWestWebTest {

  @BeforeEach
  void importGwent() throws Exception {
    WebTestClient.json(
        WebTestClient.postJson(
            admin(), "/api/published-outcomes/import", ChartsWebTest.GWENT_TWICE),
        201);
  }

  @Test
  void firstOrder_isByRegionThenPdu_andTheRegionHeaderSaysAscending() throws Exception {
    String page = WebTestClient.body(admin().get("/"), 200);

    assertEquals(List.of("Cheshire West", "Knowsley and St Helens", "Gwent"), pdus(page));
    assertEquals(List.of("Region ascending"), sortedHeaders(page));
  }

  @Test
  void byPduDescending_ordersTheRowsZToA_andOnlyThatHeaderHasAriaSort() throws Exception {
    String page = WebTestClient.body(admin().get("/?sort=pdu&order=desc"), 200);

    assertEquals(List.of("Knowsley and St Helens", "Gwent", "Cheshire West"), pdus(page));
    assertEquals(List.of("PDU descending"), sortedHeaders(page));
    assertTrue(page.contains("href=\"/?sort=pdu&amp;order=asc\""), "its link reverses the order");
    assertTrue(page.contains("href=\"/?sort=score&amp;order=desc\""), "scores sort best first");
  }

  @Test
  void byOverallRating_bestFirstOrWorstFirst() throws Exception {
    // Gwent's latest is Good; Cheshire West's 7 of 24 Requires improvement; Knowsley's Inadequate.
    String best = WebTestClient.body(admin().get("/?sort=overall&order=desc"), 200);
    String worst = WebTestClient.body(admin().get("/?sort=overall&order=asc"), 200);

    assertEquals(List.of("Gwent", "Cheshire West", "Knowsley and St Helens"), pdus(best));
    assertEquals(List.of("Knowsley and St Helens", "Cheshire West", "Gwent"), pdus(worst));
    assertEquals(List.of("Overall descending"), sortedHeaders(best));
  }

  @Test
  void byScore_aRowWithoutAScoreComesLast_eitherWay() throws Exception {
    String high = WebTestClient.body(admin().get("/?sort=score&order=desc"), 200);
    String low = WebTestClient.body(admin().get("/?sort=score&order=asc"), 200);

    assertEquals(List.of("Cheshire West", "Knowsley and St Helens", "Gwent"), pdus(high));
    assertEquals(List.of("Knowsley and St Helens", "Cheshire West", "Gwent"), pdus(low));
  }

  @Test
  void byAStandard_rowsWhoseFrameworkRatesItDifferentlyComeLast() throws Exception {
    String page = WebTestClient.body(admin().get("/?sort=1.2%20Staff&order=desc"), 200);

    assertEquals("Cheshire West", pdus(page).get(0));
    assertEquals(List.of("1.2 Staff descending"), sortedHeaders(page));
  }

  @Test
  void anUnknownColumn_leavesTheFirstOrder() throws Exception {
    String page = WebTestClient.body(admin().get("/?sort=nonsense&order=desc"), 200);

    assertEquals(List.of("Cheshire West", "Knowsley and St Helens", "Gwent"), pdus(page));
  }

  @Test
  void aRegionsPage_sortsItsPdusByAColumn_andSaysWhichOnItsHeader() throws Exception {
    String best =
        WebTestClient.body(
            admin().get("/regions/" + nw.region.value() + "?sort=overall&order=desc"), 200);
    String worst =
        WebTestClient.body(
            admin().get("/regions/" + nw.region.value() + "?sort=overall&order=asc"), 200);
    String first = WebTestClient.body(admin().get("/regions/" + nw.region.value()), 200);

    assertTrue(
        best.indexOf(">Cheshire West</a>") < best.indexOf(">Knowsley and St Helens</a>"), best);
    assertTrue(
        worst.indexOf(">Knowsley and St Helens</a>") < worst.indexOf(">Cheshire West</a>"), worst);
    assertTrue(
        best.contains(
            "aria-sort=\"descending\"><a class=\"govuk-link app-sort-link\" href=\"/regions/"),
        best);
    assertTrue(
        first.contains(
            "aria-sort=\"ascending\"><a class=\"govuk-link app-sort-link\" href=\"/regions/"
                + nw.region.value()
                + "?sort=pdu&amp;order=desc\">PDU"),
        first);
  }

  /** The PDUs of the heatmap's rows, in order. */
  private static List<String> pdus(String page) {
    String table = page.substring(page.indexOf("<table class=\"govuk-table heatmap"));
    Matcher row =
        Pattern.compile(
                "<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\""
                    + " href=\"/inspections/[^\"]+\">([^<]+)</a>")
            .matcher(table);
    List<String> names = new ArrayList<>();
    while (row.find()) {
      names.add(row.group(1));
    }
    return names;
  }

  /** Each header of the heatmap with an aria-sort: its name and direction. */
  private static List<String> sortedHeaders(String page) {
    String table = page.substring(page.indexOf("<table class=\"govuk-table heatmap"));
    String head = table.substring(0, table.indexOf("</thead>"));
    Matcher header =
        Pattern.compile(
                "<th scope=\"col\" class=\"govuk-table__header\" aria-sort=\"(\\w+)\">"
                    + "<a [^>]*>([^<]+)<")
            .matcher(head);
    List<String> sorted = new ArrayList<>();
    while (header.find()) {
      sorted.add(header.group(2) + " " + header.group(1));
    }
    return sorted;
  }
}
