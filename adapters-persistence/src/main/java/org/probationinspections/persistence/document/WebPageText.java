package org.probationinspections.persistence.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a saved web page, through jsoup, laid out as the importers read text extracted from a
 * PDF: each paragraph, heading or list item on its own lines ({@code <br>} a line break) with a
 * blank line after it; each table row a line with a tab between its cells (an empty cell kept, a
 * cell spanning columns followed by a tab for each); a cell of several paragraphs writes each as
 * {@code <p>…</p>}, as text extracted from a PDF marks them. A list item starts with a bullet.
 */
final class WebPageText {

  private static final Set<String> SKIPPED =
      Set.of("head", "script", "style", "noscript", "template", "nav", "button", "select", "svg");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "blockquote",
          "pre",
          "address",
          "figure",
          "figcaption",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "table",
          "caption",
          "form",
          "fieldset",
          "hr",
          "body",
          "center");

  private final StringBuilder out = new StringBuilder();
  private final StringBuilder line = new StringBuilder();

  private WebPageText() {}

  /** The page's text; its character set is the one the page declares, else UTF-8. */
  static String read(byte[] content) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    WebPageText text = new WebPageText();
    text.block(page.body());
    text.paragraphEnd();
    return text.out.toString().strip() + "\n";
  }

  private void block(Element element) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode words) {
        inline(words.getWholeText());
      } else if (node instanceof Element child) {
        element(child);
      }
    }
  }

  private void element(Element element) {
    String tag = element.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    switch (tag) {
      case "br" -> lineEnd(true);
      case "table" -> table(element);
      case "li" -> {
        paragraphEnd();
        line.append("\u2022 ");
        block(element);
        paragraphEnd();
      }
      default -> {
        if (BLOCKS.contains(tag)) {
          paragraphEnd();
          block(element);
          paragraphEnd();
        } else {
          block(element);
        }
      }
    }
  }

  private void table(Element table) {
    paragraphEnd();
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue; // a row of a table inside a cell: part of that cell's text
      }
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        cells.add(cellText(cell));
        int span = parseSpan(cell.attr("colspan"));
        for (int i = 1; i < span; i++) {
          cells.add("");
        }
      }
      out.append(String.join("\t", cells)).append('\n');
    }
    out.append('\n');
  }

  /** A cell's text on one line; several paragraphs each as {@code <p>…</p>}. */
  private static String cellText(Element cell) {
    List<Element> paragraphs = cell.children().stream().filter(c -> isBlock(c)).toList();
    if (paragraphs.size() > 1) {
      List<String> parts = new ArrayList<>();
      for (Element paragraph : paragraphs) {
        parts.add("<p>" + paragraph.text() + "</p>");
      }
      return String.join(" ", parts);
    }
    return cell.text();
  }

  private static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  private static int parseSpan(String span) {
    try {
      return Math.max(1, Math.min(Integer.parseInt(span.strip()), 100));
    } catch (NumberFormatException absent) {
      return 1;
    }
  }

  /**
   * Text within a line: white space collapses to one space, as a browser shows it; non-breaking
   * spaces, which a page indents a line with, are kept as spaces.
   */
  private void inline(String text) {
    String words = text.replaceAll("[ \\t\\n\\r\\f]+", " ");
    if (line.isEmpty() || line.charAt(line.length() - 1) == ' ') {
      words = words.replaceFirst("^ ", "");
    }
    line.append(words);
  }

  /** Ends the line; a line break ends it even when empty. */
  private void lineEnd(boolean forced) {
    String text = line.toString().replaceFirst("^ +", "").replace('\u00A0', ' ').stripTrailing();
    line.setLength(0);
    if (!text.isBlank() && !text.equals("\u2022")) {
      out.append(text).append('\n');
    } else if (forced) {
      out.append('\n');
    }
  }

  /** Ends the paragraph: its last line, and a blank line unless one is there. */
  private void paragraphEnd() {
    lineEnd(false);
    int length = out.length();
    if (length > 0
        && !(length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n')) {
      out.append('\n');
    }
  }
}
