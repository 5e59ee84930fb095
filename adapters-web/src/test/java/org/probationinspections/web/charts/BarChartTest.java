package org.probationinspections.web.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {

  private static final List<BarChart.Series> RATINGS =
      List.of(
          new BarChart.Series("Outstanding", Ink.OUTSTANDING),
          new BarChart.Series("Good", Ink.GOOD),
          new BarChart.Series("Requires improvement", Ink.REQUIRES_IMPROVEMENT),
          new BarChart.Series("Inadequate", Ink.INADEQUATE));

  private static BarChart regions() {
    return new BarChart(
        "by-region",
        "Overall ratings by region",
        "Each region's PDUs by the overall rating of their latest inspection.",
        "Region",
        RATINGS,
        List.of(
            new BarChart.Bar("North West", List.of(1, 6, 3, 0)),
            new BarChart.Bar("Wales", List.of(0, 2, 4, 2))));
  }

  @Test
  void theSvgIsAnImage_namedByItsTitleAndDescribedByItsDescription() {
    Element svg = Xml.parse(regions().svg());

    assertEquals("img", svg.getAttribute("role"));
    assertEquals("by-region-title by-region-desc", svg.getAttribute("aria-labelledby"));
    Element title = Xml.all(svg, "title").get(0);
    Element desc = Xml.all(svg, "desc").get(0);
    assertEquals("by-region-title", title.getAttribute("id"));
    assertEquals("Overall ratings by region", title.getTextContent());
    assertEquals("by-region-desc", desc.getAttribute("id"));
    assertEquals(
        "Each region's PDUs by the overall rating of their latest inspection."
            + " North West: 1 Outstanding, 6 Good, 3 Requires improvement."
            + " Wales: 2 Good, 4 Requires improvement, 2 Inadequate.",
        desc.getTextContent());
  }

  @Test
  void theDataTable_holdsEveryCountOfTheBars_andTheirTotals() {
    Element figure = Xml.parse(regions().html());

    assertEquals(
        List.of(
            List.of("North West", "1", "6", "3", "0", "10"),
            List.of("Wales", "0", "2", "4", "2", "8")),
        Xml.bodyRows(figure));
    assertEquals("Overall ratings by region", Xml.all(figure, "caption").get(0).getTextContent());
    assertEquals("Show the data", Xml.all(figure, "summary").get(0).getTextContent());
  }

  @Test
  void eachSegment_isAsLongAsItsCount_andAnEmptyOneIsNotDrawn() {
    Element svg = Xml.parse(regions().svg());
    List<Element> segments =
        Xml.all(svg, "rect").stream().filter(r -> r.hasAttribute("x")).toList();

    // Six non-zero counts; the longest bar (10) spans the width less the room for its total.
    assertEquals(6, segments.size());
    double unit = (BarChart.WIDTH - BarChart.TOTAL_SPACE) / 10.0;
    assertEquals(6 * unit, Double.parseDouble(segments.get(1).getAttribute("width")), 0.06);
    assertEquals(4 * unit, Double.parseDouble(segments.get(4).getAttribute("width")), 0.06);
    assertEquals("North West: 6 Good", Xml.all(segments.get(1), "title").get(0).getTextContent());
  }

  @Test
  void theCountsAreWrittenOnTheirSegments_andEachTotalAtItsBarsEnd() {
    String svg = regions().svg();

    assertTrue(svg.contains(">6</text>"), svg);
    assertTrue(svg.contains(">10</text>"), svg);
    assertTrue(svg.contains(">8</text>"), svg);
  }

  @Test
  void outstandingAndNoRating_arePatterned_soThatTheyReadWithoutColour() {
    var chart =
        new BarChart(
            "patterned",
            "t",
            "d",
            "Standard",
            List.of(
                new BarChart.Series("Outstanding", Ink.OUTSTANDING),
                new BarChart.Series("Not rated", Ink.NONE)),
            List.of(new BarChart.Bar("1.1 Leadership", List.of(3, 2))));

    String svg = chart.svg();

    assertTrue(svg.contains("fill=\"url(#patterned-dots)\""), svg);
    assertTrue(svg.contains("fill=\"url(#patterned-hatch)\""), svg);
    assertTrue(svg.contains("<pattern id=\"patterned-dots\""), svg);
  }

  @Test
  void namesAreEscaped_inThePictureAndTheTable() {
    var chart =
        new BarChart(
            "escaped",
            "A <b> & \"c\"",
            "d",
            "Region",
            RATINGS,
            List.of(new BarChart.Bar("<script>alert(1)</script>", List.of(1, 0, 0, 0))));

    String html = chart.html();

    assertTrue(!html.contains("<script>") && !html.contains("<b>"), html);
    assertEquals("<script>alert(1)</script>", Xml.bodyRows(Xml.parse(html)).get(0).get(0));
  }

  @Test
  void aBarWithTooFewOrTooManyCounts_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BarChart(
                "bad", "t", "d", "Region", RATINGS, List.of(new BarChart.Bar("x", List.of(1)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BarChart("Bad id", "t", "d", "Region", RATINGS, List.of()));
  }

  @Test
  void noBars_drawAnEmptyPicture_stillTitled() {
    var chart = new BarChart("empty", "Nothing", "No inspections.", "Region", RATINGS, List.of());

    Element svg = Xml.parse(chart.svg());

    assertEquals("Nothing", Xml.all(svg, "title").get(0).getTextContent());
    assertEquals(List.of(), Xml.bodyRows(Xml.parse(chart.html())));
  }
}
