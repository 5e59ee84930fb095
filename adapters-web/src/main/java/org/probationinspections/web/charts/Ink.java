package org.probationinspections.web.charts;

/**
 * How a series is drawn. The ratings keep the colours of their tags, and each is told apart without
 * colour too: the fills step from dark to light (Inadequate, Requires improvement, Good,
 * Outstanding), Outstanding is dotted, a missing rating is hatched, and every count is written.
 * Lines differ by dash and marker as well as by colour. A chart of one series needs no telling
 * apart: its bars are {@code COUNT}.
 */
public enum Ink {
  INADEQUATE("#8e2a1a", "#ffffff", null),
  REQUIRES_IMPROVEMENT("#f47738", "#0b0c0c", null),
  GOOD("#a8d5b5", "#0b0c0c", null),
  OUTSTANDING("#eef5fb", "#0c2d4a", "dots"),
  NONE("#ffffff", "#0b0c0c", "hatch"),
  /** A plain count (a single series): light blue, its count written in black. */
  COUNT("#5694ca", "#0b0c0c", null),
  /** A line drawn solid with round markers. */
  SOLID("#1d70b8", "#0b0c0c", null),
  /** A line drawn solid and green with round markers: what is done. */
  DONE("#00703c", "#0b0c0c", null),
  /** A line drawn dashed with square markers: what was planned. */
  DASHED("#505a5f", "#0b0c0c", null);

  private final String colour;
  private final String text;
  private final String pattern;

  Ink(String colour, String text, String pattern) {
    this.colour = colour;
    this.text = text;
    this.pattern = pattern;
  }

  /** The fill or stroke colour. */
  public String colour() {
    return colour;
  }

  /** The colour of a count written on this ink. */
  public String text() {
    return text;
  }

  /** The fill of an area: its colour, or the chart's pattern of it. */
  String fill(String chartId) {
    return pattern == null ? colour : "url(#" + chartId + "-" + pattern + ")";
  }

  /** The legend's swatch class (style.css draws the same fill and pattern). */
  public String swatch() {
    return "app-swatch app-swatch--" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The patterns a chart defines for its inks, once each. */
  static String patterns(String chartId) {
    return "<defs><pattern id=\""
        + chartId
        + "-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#eef5fb\"/>"
        + "<circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#1d70b8\"/></pattern>"
        + "<pattern id=\""
        + chartId
        + "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#505a5f\" stroke-width=\"2\"/>"
        + "</pattern></defs>";
  }
}
