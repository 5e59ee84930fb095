package org.probationinspections.web.charts;

/** Text written into SVG and HTML, escaped. */
final class Markup {

  private Markup() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

  /**
   * Refuses a chart without a usable id (it names the table beside it), a title or a description.
   */
  static void requireNamed(String id, String title, String description) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("chart id " + id);
    }
    java.util.Objects.requireNonNull(title, "title");
    java.util.Objects.requireNonNull(description, "description");
  }

  /**
   * A label at ({@code x}, {@code y}) in the text colour, anchored as {@code anchor} says, with
   * {@code attributes} (each with its leading space) added.
   */
  static String text(double x, double y, String anchor, String attributes, String label) {
    return "<text x=\""
        + at(x)
        + "\" y=\""
        + at(y)
        + "\" text-anchor=\""
        + anchor
        + "\" fill=\"#0b0c0c\""
        + attributes
        + ">"
        + escape(label)
        + "</text>";
  }

  /** A coordinate, to one decimal place. */
  /**
   * The opening of a chart's SVG, up to its description: an image named by its title and described
   * in words, for the screen readers that read SVG.
   */
  static String svgOpening(String id, int width, int height, String title, String description) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart__svg\" role=\"img\""
        + " focusable=\"false\" viewBox=\"0 0 "
        + width
        + ' '
        + height
        + "\" aria-labelledby=\""
        + id
        + "-title "
        + id
        + "-desc\"><title id=\""
        + id
        + "-title\">"
        + escape(title)
        + "</title><desc id=\""
        + id
        + "-desc\">"
        + escape(description)
        + "</desc>";
  }

  static String at(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
  }

  /**
   * The data behind a chart in a GOV.UK table, folded in a details component so that nothing is
   * only in the picture.
   */
  static String dataTable(
      String caption,
      java.util.List<String> headings,
      java.util.List<java.util.List<String>> rows,
      int firstNumeric) {
    StringBuilder out = new StringBuilder();
    out.append("<details class=\"govuk-details app-chart-data\">")
        .append(
            "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
        .append("Show the data</span></summary><div class=\"govuk-details__text\">")
        .append("<div class=\"app-scroll\" role=\"region\" aria-label=\"")
        .append(escape(caption))
        .append(" (table)\" tabindex=\"0\"><table class=\"govuk-table\">")
        .append("<caption class=\"govuk-table__caption govuk-table__caption--s\">")
        .append(escape(caption))
        .append("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (int i = 0; i < headings.size(); i++) {
      out.append("<th scope=\"col\" class=\"govuk-table__header")
          .append(i >= firstNumeric ? " govuk-table__header--numeric" : "")
          .append("\">")
          .append(escape(headings.get(i)))
          .append("</th>");
    }
    out.append("</tr></thead><tbody class=\"govuk-table__body\">");
    for (var row : rows) {
      out.append("<tr class=\"govuk-table__row\">");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          out.append("<th scope=\"row\" class=\"govuk-table__header\">")
              .append(escape(row.get(i)))
              .append("</th>");
        } else {
          out.append("<td class=\"govuk-table__cell")
              .append(i >= firstNumeric ? " govuk-table__cell--numeric" : "")
              .append("\">")
              .append(escape(row.get(i)))
              .append("</td>");
        }
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table></div></div></details>").toString();
  }

  /** The key to a chart's inks, in words, beside a swatch of each. */
  static String legend(java.util.List<? extends Named> series) {
    StringBuilder out = new StringBuilder("<ul class=\"app-chart-legend govuk-body-s\">");
    for (Named one : series) {
      out.append("<li><span class=\"")
          .append(one.ink().swatch())
          .append("\" aria-hidden=\"true\"></span>")
          .append(escape(one.name()))
          .append("</li>");
    }
    return out.append("</ul>").toString();
  }

  /** A series with a name and an ink. */
  interface Named {
    String name();

    Ink ink();
  }
}
