package org.probationinspections.web.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LineChartTest {

  private static LineChart movement() {
    return new LineChart(
        "movement",
        "Score at each inspection",
        "The score as a share of its maximum.",
        "Inspection",
        List.of("2021-05", "2023-03", "2024-10"),
        List.of(
            new LineChart.Line(
                "Score",
                Ink.SOLID,
                List.of(OptionalInt.of(22), OptionalInt.empty(), OptionalInt.of(48)))),
        100,
        "%",
        false,
        "Overall",
        List.of("Inadequate", "Not recorded", "Requires improvement"));
  }

  @Test
  void manyPoints_onlySomeLabelled_noTwoLabelsTouching_theFirstAndLastAlways() {
    List<String> months = new java.util.ArrayList<>();
    for (int month = 0; month < 20; month++) {
      months.add(java.time.YearMonth.of(2023, 8).plusMonths(month).toString());
    }
    List<OptionalInt> values = months.stream().map(m -> OptionalInt.of(m.length())).toList();
    LineChart chart =
        new LineChart(
            "progress",
            "Actions done",
            "Done by each month.",
            "Month",
            months,
            List.of(new LineChart.Line("Done", Ink.SOLID, values)),
            10,
            "",
            true,
            "",
            List.of());

    List<Element> labels =
        Xml.all(Xml.parse(chart.svg()), "text").stream()
            .filter(text -> months.contains(text.getTextContent()))
            .toList();

    assertEquals("2023-08", labels.get(0).getTextContent());
    assertEquals("2025-03", labels.get(labels.size() - 1).getTextContent());
    for (int at = 1; at < labels.size(); at++) {
      double[] before = extent(labels.get(at - 1));
      double[] after = extent(labels.get(at));
      assertTrue(
          before[1] < after[0],
          labels.get(at - 1).getTextContent() + " runs into " + labels.get(at).getTextContent());
    }
  }

  /** Where a label is drawn, left to right, at the widest its characters are. */
  private static double[] extent(Element label) {
    double x = Double.parseDouble(label.getAttribute("x"));
    double width = LineChart.LABEL_CHARACTER * label.getTextContent().length();
    return switch (label.getAttribute("text-anchor")) {
      case "start" -> new double[] {x, x + width};
      case "end" -> new double[] {x - width, x};
      default -> new double[] {x - width / 2, x + width / 2};
    };
  }

  @Test
  void theSvgIsAnImage_withItsTitle_andADescriptionSayingEveryValue() {
    Element svg = Xml.parse(movement().svg());

    assertEquals("img", svg.getAttribute("role"));
    assertEquals("movement-title movement-desc", svg.getAttribute("aria-labelledby"));
    assertEquals("Score at each inspection", Xml.all(svg, "title").get(0).getTextContent());
    assertEquals(
        "The score as a share of its maximum."
            + " 2021-05: Score 22%, overall Inadequate."
            + " 2023-03: Score not known, overall Not recorded."
            + " 2024-10: Score 48%, overall Requires improvement.",
        Xml.all(svg, "desc").get(0).getTextContent());
  }

  @Test
  void theDataTable_holdsEachPointsValueAndNote() {
    assertEquals(
        List.of(
            List.of("2021-05", "22%", "Inadequate"),
            List.of("2023-03", "Not known", "Not recorded"),
            List.of("2024-10", "48%", "Requires improvement")),
        Xml.bodyRows(Xml.parse(movement().html())));
  }

  @Test
  void aPointWithNoValue_breaksTheLine_andIsNotMarked() {
    Element svg = Xml.parse(movement().svg());
    String d = Xml.all(svg, "path").get(0).getAttribute("d");

    assertEquals(2, d.chars().filter(c -> c == 'M').count(), d);
    assertEquals(2, Xml.all(svg, "circle").size());
  }

  @Test
  void aValueIsDrawnAtItsHeight_onTheChartsScale() {
    var chart = movement();
    Element svg = Xml.parse(chart.svg());
    var marks = Xml.all(svg, "circle");

    assertEquals(chart.y(22), Double.parseDouble(marks.get(0).getAttribute("cy")), 0.06);
    assertEquals(chart.y(48), Double.parseDouble(marks.get(1).getAttribute("cy")), 0.06);
    assertTrue(chart.y(48) < chart.y(22), "higher values are drawn higher");
    assertEquals(LineChart.PLOT_TOP, chart.y(100), 0.001);
  }

  @Test
  void aStepChart_holdsEachValueUntilTheNextPoint_andTellsItsLinesApartByDash() {
    var chart =
        new LineChart(
            "burn-up",
            "Actions done",
            "d",
            "Month",
            List.of("2024-01", "2024-02", "2024-03"),
            List.of(
                new LineChart.Line(
                    "Due",
                    Ink.DASHED,
                    List.of(OptionalInt.of(2), OptionalInt.of(5), OptionalInt.of(6))),
                new LineChart.Line(
                    "Done",
                    Ink.DONE,
                    List.of(OptionalInt.of(0), OptionalInt.of(1), OptionalInt.of(4)))),
            6,
            "",
            true);
    Element svg = Xml.parse(chart.svg());
    var paths = Xml.all(svg, "path");

    assertTrue(paths.get(0).getAttribute("d").contains(" H"), paths.get(0).getAttribute("d"));
    assertEquals("7 4", paths.get(0).getAttribute("stroke-dasharray"));
    assertEquals("", paths.get(1).getAttribute("stroke-dasharray"));
    assertEquals(
        List.of(
            List.of("2024-01", "2", "0"),
            List.of("2024-02", "5", "1"),
            List.of("2024-03", "6", "4")),
        Xml.bodyRows(Xml.parse(chart.html())));
  }

  @Test
  void manyPoints_areMarkedAndWrittenOnlyAtEachLinesLastValue_andEveryValueStaysInTheTable() {
    List<String> months = new java.util.ArrayList<>();
    List<OptionalInt> due = new java.util.ArrayList<>();
    List<OptionalInt> done = new java.util.ArrayList<>();
    for (int m = 0; m < 20; m++) {
      months.add("month " + m);
      due.add(OptionalInt.of(m));
      done.add(m < 15 ? OptionalInt.of(m / 2) : OptionalInt.empty());
    }
    var chart =
        new LineChart(
            "long",
            "t",
            "d",
            "Month",
            months,
            List.of(
                new LineChart.Line("Due", Ink.DASHED, due),
                new LineChart.Line("Done", Ink.DONE, done)),
            20,
            "",
            true);
    Element svg = Xml.parse(chart.svg());

    assertEquals(1, Xml.all(svg, "circle").size());
    assertEquals(
        chart.x(14), Double.parseDouble(Xml.all(svg, "circle").get(0).getAttribute("cx")), 0.06);
    assertEquals(20, Xml.bodyRows(Xml.parse(chart.html())).size());
  }

  @Test
  void aLineWithTooFewValues_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LineChart(
                "bad",
                "t",
                "d",
                "Month",
                List.of("a", "b"),
                List.of(new LineChart.Line("x", Ink.SOLID, List.of(OptionalInt.of(1)))),
                10,
                "",
                false));
  }
}
