package org.probationinspections.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stacked horizontal bar chart drawn on the server as SVG: one bar a category (its name written
 * above it), one segment a series, each segment's count written on it where it fits and each bar's
 * total at its end. The SVG is an image with a title and a description in words; the legend names
 * every series, and the same counts stand in a table behind "Show the data".
 */
public record BarChart(
    String id,
    String title,
    String description,
    String categoryHeading,
    List<Series> series,
    List<Bar> bars) {

  /** The drawing's width in SVG units; the page scales it to the column. */
  static final int WIDTH = 400;

  static final int ROW = 50;
  static final int LABEL = 16;
  static final int BAR = 22;
  static final int TOTAL_SPACE = 48;

  public BarChart {
    Markup.requireNamed(id, title, description);
    Objects.requireNonNull(categoryHeading, "categoryHeading");
    series = List.copyOf(series);
    bars = List.copyOf(bars);
    for (Bar bar : bars) {
      if (bar.values().size() != series.size()) {
        throw new IllegalArgumentException(
            "bar " + bar.label() + " has " + bar.values().size() + " values for " + series.size());
      }
    }
  }

  /** One series: what its segments count, and how they are drawn. */
  public record Series(String name, Ink ink) implements Markup.Named {
    public Series {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(ink, "ink");
    }
  }

  /** One bar: its category and a count for each series, in the order of the series. */
  public record Bar(String label, List<Integer> values) {
    public Bar {
      Objects.requireNonNull(label, "label");
      values = List.copyOf(values);
      if (values.stream().anyMatch(v -> v < 0)) {
        throw new IllegalArgumentException("negative count in " + values);
      }
    }

    public int total() {
      return values.stream().mapToInt(Integer::intValue).sum();
    }
  }

  public int height() {
    return Math.max(1, bars.size()) * ROW + 4;
  }

  /** The figure: legend, picture and the data behind it. */
  public String html() {
    return "<figure class=\"app-chart\" id=\""
        + id
        + "\">"
        + Markup.legend(series)
        + svg()
        + table()
        + "</figure>";
  }

  public String svg() {
    int most = bars.stream().mapToInt(Bar::total).max().orElse(0);
    double scale = most == 0 ? 0 : (double) (WIDTH - TOTAL_SPACE) / most;
    StringBuilder out = new StringBuilder();
    out.append(Markup.svgOpening(id, WIDTH, height(), title, description + " " + inWords()))
        .append(Ink.patterns(id))
        .append("<g font-family=\"GDS Transport, arial, sans-serif\" font-size=\"14\">");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int top = i * ROW + 2;
      out.append("<g class=\"app-chart__bar\"><text x=\"0\" y=\"")
          .append(top + LABEL - 2)
          .append("\" fill=\"#0b0c0c\">")
          .append(Markup.escape(bar.label()))
          .append("</text>");
      double x = 0;
      int barTop = top + LABEL + 2;
      for (int s = 0; s < series.size(); s++) {
        int value = bar.values().get(s);
        if (value == 0) {
          continue;
        }
        Ink ink = series.get(s).ink();
        double width = value * scale;
        out.append("<rect x=\"")
            .append(Markup.at(x))
            .append("\" y=\"")
            .append(barTop)
            .append("\" width=\"")
            .append(Markup.at(width))
            .append("\" height=\"")
            .append(BAR)
            .append("\" fill=\"")
            .append(ink.fill(id))
            .append("\" stroke=\"#0b0c0c\" stroke-width=\"0.75\"><title>")
            .append(Markup.escape(bar.label() + ": " + value + " " + series.get(s).name()))
            .append("</title></rect>");
        String count = Integer.toString(value);
        if (width >= count.length() * 9 + 6) {
          out.append("<text x=\"")
              .append(Markup.at(x + width / 2))
              .append("\" y=\"")
              .append(barTop + 16)
              .append("\" text-anchor=\"middle\" font-weight=\"700\" fill=\"")
              .append(ink.text())
              .append("\"")
              .append(
                  ink == Ink.NONE || ink == Ink.OUTSTANDING
                      ? " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\""
                      : "")
              .append(">")
              .append(count)
              .append("</text>");
        }
        x += width;
      }
      out.append("<text x=\"")
          .append(Markup.at(x + 4))
          .append("\" y=\"")
          .append(barTop + 16)
          .append("\" fill=\"#0b0c0c\">")
          .append(bar.total())
          .append("</text></g>");
    }
    return out.append("</g></svg>").toString();
  }

  /** The counts in a sentence, for the description. */
  String inWords() {
    List<String> sentences = new ArrayList<>();
    for (Bar bar : bars) {
      List<String> parts = new ArrayList<>();
      for (int s = 0; s < series.size(); s++) {
        if (bar.values().get(s) > 0) {
          parts.add(bar.values().get(s) + " " + series.get(s).name());
        }
      }
      sentences.add(
          bar.label() + ": " + (parts.isEmpty() ? "none" : String.join(", ", parts)) + ".");
    }
    return String.join(" ", sentences);
  }

  /** The counts as a table: a row a bar, a column a series, and the total. */
  public String table() {
    List<String> headings = new ArrayList<>();
    headings.add(categoryHeading);
    series.forEach(s -> headings.add(s.name()));
    headings.add("Total");
    List<List<String>> rows = new ArrayList<>();
    for (Bar bar : bars) {
      List<String> row = new ArrayList<>();
      row.add(bar.label());
      bar.values().forEach(v -> row.add(Integer.toString(v)));
      row.add(Integer.toString(bar.total()));
      rows.add(row);
    }
    return Markup.dataTable(title, headings, rows, 1);
  }
}
