package org.probationinspections.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A line chart drawn on the server as SVG, over points evenly apart (inspections, months): each
 * line a series, each point marked and its value written, a gap where a point has no value. A
 * {@code step} chart holds each value until the next point (a running count). The SVG is an image
 * with a title and a description in words; the same values stand in a table behind "Show the data",
 * with the points' notes (an overall rating) in a column of their own.
 */
public record LineChart(
    String id,
    String title,
    String description,
    String pointHeading,
    List<String> points,
    List<Line> lines,
    int top,
    String unit,
    boolean step,
    String noteHeading,
    List<String> notes) {

  static final int WIDTH = 400;
  static final int HEIGHT = 230;
  static final int LEFT = 40;
  static final int RIGHT = 24;

  /** The widest a character of a label is drawn, at the chart's 14 pixels (a digit is about 8). */
  static final double LABEL_CHARACTER = 8.5;

  static final int PLOT_TOP = 16;
  static final int PLOT_BOTTOM = 180;

  public LineChart {
    Markup.requireNamed(id, title, description);
    Objects.requireNonNull(pointHeading, "pointHeading");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(noteHeading, "noteHeading");
    points = List.copyOf(points);
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
    if (top <= 0) {
      throw new IllegalArgumentException("top " + top);
    }
    for (Line line : lines) {
      if (line.values().size() != points.size()) {
        throw new IllegalArgumentException(
            "line "
                + line.name()
                + " has "
                + line.values().size()
                + " values for "
                + points.size());
      }
    }
    if (!notes.isEmpty() && notes.size() != points.size()) {
      throw new IllegalArgumentException(notes.size() + " notes for " + points.size() + " points");
    }
  }

  /** A line chart with no notes. */
  public LineChart(
      String id,
      String title,
      String description,
      String pointHeading,
      List<String> points,
      List<Line> lines,
      int top,
      String unit,
      boolean step) {
    this(id, title, description, pointHeading, points, lines, top, unit, step, "", List.of());
  }

  /** One line: what it measures, how it is drawn, and its value at each point (or none). */
  public record Line(String name, Ink ink, List<OptionalInt> values) implements Markup.Named {
    public Line {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(ink, "ink");
      values = List.copyOf(values);
    }
  }

  public String html() {
    return "<figure class=\"app-chart\" id=\""
        + id
        + "\">"
        + Markup.legend(lines)
        + svg()
        + table()
        + "</figure>";
  }

  double x(int point) {
    int width = WIDTH - LEFT - RIGHT;
    return points.size() <= 1
        ? LEFT + width / 2.0
        : LEFT + (double) width * point / (points.size() - 1);
  }

  double y(int value) {
    return PLOT_BOTTOM - (double) (PLOT_BOTTOM - PLOT_TOP) * Math.min(value, top) / top;
  }

  public String svg() {
    StringBuilder out = new StringBuilder();
    out.append(Markup.svgOpening(id, WIDTH, HEIGHT, title, description + " " + inWords()))
        .append("<g font-family=\"GDS Transport, arial, sans-serif\" font-size=\"14\">");
    for (int tick = 0; tick <= 4; tick++) {
      int value = (int) Math.round(top * tick / 4.0);
      double y = y(value);
      out.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y1=\"")
          .append(Markup.at(y))
          .append("\" y2=\"")
          .append(Markup.at(y))
          .append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/><text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(Markup.at(y + 4))
          .append("\" text-anchor=\"end\" fill=\"#505a5f\">")
          .append(value)
          .append(Markup.escape(unit))
          .append("</text>");
    }
    double spacing =
        points.size() <= 1 ? WIDTH - LEFT - RIGHT : (WIDTH - LEFT - RIGHT) / (points.size() - 1.0);
    // Two written labels never touch: the first is written from its point on and the last up to
    // it, the others centred on theirs, so labels stand at least one and a half widths apart.
    double apart = 1.5 * LABEL_CHARACTER * points.stream().mapToInt(String::length).max().orElse(0);
    int every = Math.max(1, (int) Math.ceil(points.size() / 6.0));
    while (every < points.size() - 1 && every * spacing < apart) {
      every++;
    }
    int longest = notes.stream().mapToInt(String::length).max().orElse(0);
    boolean writeNotes = !notes.isEmpty() && longest * 7 <= spacing;
    for (int p = 0; p < points.size(); p++) {
      boolean last = p == points.size() - 1;
      // A regular label too close to the last one gives way to it.
      if (!last && (p % every != 0 || (points.size() - 1 - p) * spacing < apart)) {
        continue;
      }
      out.append(Markup.text(x(p), PLOT_BOTTOM + 18, anchor(p), "", points.get(p)));
      if (writeNotes) {
        out.append(
            Markup.text(x(p), PLOT_BOTTOM + 36, anchor(p), " font-weight=\"700\"", notes.get(p)));
      }
    }
    for (Line line : lines) {
      out.append(path(line));
    }
    return out.append("</g></svg>").toString();
  }

  /** Labels of the end points align with them, so that none runs off the drawing. */
  private String anchor(int point) {
    if (points.size() == 1) {
      return "middle";
    }
    return point == 0 ? "start" : point == points.size() - 1 ? "end" : "middle";
  }

  private String path(Line line) {
    StringBuilder d = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    boolean drawing = false;
    int lastValued = -1;
    for (int p = 0; p < points.size(); p++) {
      if (line.values().get(p).isPresent()) {
        lastValued = p;
      }
    }
    for (int p = 0; p < points.size(); p++) {
      OptionalInt value = line.values().get(p);
      if (value.isEmpty()) {
        drawing = false;
        continue;
      }
      double x = x(p);
      double y = y(value.getAsInt());
      if (!drawing) {
        d.append('M').append(Markup.at(x)).append(' ').append(Markup.at(y));
      } else if (step) {
        d.append(" H").append(Markup.at(x)).append(" V").append(Markup.at(y));
      } else {
        d.append(" L").append(Markup.at(x)).append(' ').append(Markup.at(y));
      }
      drawing = true;
      // Many points (a month each) are marked and written only at the end, to stay legible.
      if (points.size() <= 12 || p == lastValued) {
        marks.append(marker(line.ink(), x, y));
        marks
            .append("<text x=\"")
            .append(Markup.at(x))
            .append("\" y=\"")
            .append(Markup.at(y - 8))
            .append("\" text-anchor=\"middle\" font-weight=\"700\" fill=\"#0b0c0c\"")
            .append(" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">")
            .append(value.getAsInt())
            .append(Markup.escape(unit))
            .append("</text>");
      }
    }
    if (d.isEmpty()) {
      return "";
    }
    return "<g class=\"app-chart__line\"><path d=\""
        + d
        + "\" fill=\"none\" stroke=\""
        + line.ink().colour()
        + "\" stroke-width=\"3\""
        + (line.ink() == Ink.DASHED ? " stroke-dasharray=\"7 4\"" : "")
        + "/>"
        + marks
        + "</g>";
  }

  private static String marker(Ink ink, double x, double y) {
    if (ink == Ink.DASHED) {
      return "<rect x=\""
          + Markup.at(x - 4)
          + "\" y=\""
          + Markup.at(y - 4)
          + "\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\""
          + ink.colour()
          + "\" stroke-width=\"2\"/>";
    }
    return "<circle cx=\""
        + Markup.at(x)
        + "\" cy=\""
        + Markup.at(y)
        + "\" r=\"4.5\" fill=\""
        + ink.colour()
        + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>";
  }

  /** The values in sentences, for the description. */
  String inWords() {
    List<String> sentences = new ArrayList<>();
    for (int p = 0; p < points.size(); p++) {
      List<String> parts = new ArrayList<>();
      for (Line line : lines) {
        OptionalInt value = line.values().get(p);
        parts.add(line.name() + " " + (value.isPresent() ? value.getAsInt() + unit : "not known"));
      }
      if (!notes.isEmpty() && !notes.get(p).isBlank()) {
        parts.add(noteHeading.toLowerCase(java.util.Locale.ROOT) + " " + notes.get(p));
      }
      sentences.add(points.get(p) + ": " + String.join(", ", parts) + ".");
    }
    return String.join(" ", sentences);
  }

  public String table() {
    List<String> headings = new ArrayList<>();
    headings.add(pointHeading);
    lines.forEach(line -> headings.add(line.name()));
    if (!notes.isEmpty()) {
      headings.add(noteHeading);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int p = 0; p < points.size(); p++) {
      List<String> row = new ArrayList<>();
      row.add(points.get(p));
      for (Line line : lines) {
        OptionalInt value = line.values().get(p);
        row.add(value.isPresent() ? value.getAsInt() + unit : "Not known");
      }
      if (!notes.isEmpty()) {
        row.add(notes.get(p));
      }
      rows.add(row);
    }
    return Markup.dataTable(title, headings, rows, 1);
  }
}
