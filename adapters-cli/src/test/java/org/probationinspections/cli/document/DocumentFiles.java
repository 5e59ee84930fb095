package org.probationinspections.cli.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jsoup.nodes.Entities;

/**
 * A published document's text as the PDF file and the web page it could have come from: each line
 * of the text a line of the PDF (Helvetica, a page per {@link #LINES_A_PAGE} lines or so, breaking
 * at a blank line, as the text's own page breaks are), a table's cells (the text's tab-separated
 * cells) at its columns; and each paragraph of the text a paragraph of the page (its lines broken
 * by {@code <br>}, indented by non-breaking spaces), each table a {@code <table>}, a cell of
 * several {@code <p>…</p>} paragraphs several paragraphs, a "•" line a list item.
 */
public final class DocumentFiles {

  static final int LINES_A_PAGE = 45;
  private static final float SIZE = 8f;
  private static final float LEADING = SIZE * 1.25f;
  private static final float MARGIN = 40f;
  private static final float CELL_GAP = SIZE * 3;
  private static final Pattern SUPERSCRIPT = Pattern.compile("[\u2070\u2074-\u2079]");
  private static final Pattern PARAGRAPHS = Pattern.compile("\\s*(?:<p>(.*?)</p>\\s*)+");
  private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>");

  private DocumentFiles() {}

  /** The text as a PDF file. */
  public static byte[] pdf(String text) {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    List<String> lines = List.of(encodable(text, font).split("\n", -1));
    float[][] columns = columns(lines, font);
    float width = MARGIN * 2;
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).split("\t", -1);
      float[] stops = columns[i];
      width =
          Math.max(width, MARGIN + stops[cells.length - 1] + width(font, cells[cells.length - 1]));
    }
    width += MARGIN;
    try (PDDocument pdf = new PDDocument()) {
      int at = 0;
      while (at < lines.size()) {
        int end = pageEnd(lines, at);
        PDPage page = new PDPage(new PDRectangle(width, MARGIN * 2 + LEADING * (end - at + 1)));
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.setFont(font, SIZE);
          float y = page.getMediaBox().getHeight() - MARGIN;
          for (int i = at; i < end; i++) {
            String[] cells = lines.get(i).split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
              if (cells[c].isBlank()) {
                continue;
              }
              content.beginText();
              content.newLineAtOffset(MARGIN + columns[i][c], y);
              content.showText(cells[c]);
              content.endText();
            }
            y -= LEADING;
          }
        }
        at = end;
        while (at < lines.size() && lines.get(at).isBlank() && at > 0) {
          at++; // the page break is the paragraph break
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of one page holding an image and no text, as a scanner makes. */
  public static byte[] scannedPdf() {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      java.awt.image.BufferedImage scan =
          new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
      var image =
          org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, scan);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(image, 50, 500, 400, 200);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text as a saved web page. */
  public static byte[] html(String text) {
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Published document</title><style>td{vertical-align:top}</style>"
                + "</head>\n<body>\n");
    List<String> lines = List.of(text.split("\n", -1));
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
      } else if (line.contains("\t")) {
        page.append("<table>\n");
        while (i < lines.size() && (lines.get(i).contains("\t") || lines.get(i).isBlank())) {
          if (!lines.get(i).isBlank()) {
            page.append("<tr>");
            for (String cell : lines.get(i).split("\t", -1)) {
              page.append("<td>").append(cell(cell)).append("</td>");
            }
            page.append("</tr>\n");
          }
          i++;
        }
        page.append("</table>\n");
      } else if (line.startsWith("\u2022 ")) {
        page.append("<ul><li>").append(escape(line.substring(2))).append("</li></ul>\n");
        i++;
      } else {
        List<String> paragraph = new ArrayList<>();
        while (i < lines.size()
            && !lines.get(i).isBlank()
            && !lines.get(i).contains("\t")
            && !lines.get(i).startsWith("\u2022 ")) {
          String words = lines.get(i).stripLeading();
          int indent = lines.get(i).length() - words.length();
          paragraph.add("&nbsp;".repeat(indent) + escape(words));
          i++;
        }
        page.append("<p>").append(String.join("<br>\n", paragraph)).append("</p>\n");
      }
    }
    page.append("</body>\n</html>\n");
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(String cell) {
    if (PARAGRAPHS.matcher(cell).matches()) {
      StringBuilder out = new StringBuilder();
      Matcher paragraph = PARAGRAPH.matcher(cell);
      while (paragraph.find()) {
        out.append("<p>").append(escape(paragraph.group(1))).append("</p>");
      }
      return out.toString();
    }
    return escape(cell);
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }

  /**
   * Where each line's cells start: in a table (lines with tabs, with blank lines between them) a
   * column starts a gap after the widest cell of the column before.
   */
  private static float[][] columns(List<String> lines, PDType1Font font) {
    float[][] columns = new float[lines.size()][];
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).contains("\t")) {
        columns[i] = new float[] {0};
        i++;
        continue;
      }
      int end = i;
      int count = 0;
      while (end < lines.size() && (lines.get(end).contains("\t") || lines.get(end).isBlank())) {
        count = Math.max(count, lines.get(end).split("\t", -1).length);
        end++;
      }
      float[] stops = new float[count];
      for (int c = 1; c < count; c++) {
        float widest = 0;
        for (int j = i; j < end; j++) {
          String[] cells = lines.get(j).split("\t", -1);
          if (c - 1 < cells.length) {
            widest = Math.max(widest, width(font, cells[c - 1]));
          }
        }
        stops[c] = stops[c - 1] + widest + CELL_GAP;
      }
      for (int j = i; j < end; j++) {
        columns[j] = stops;
      }
      i = end;
    }
    return columns;
  }

  /** A page ends after about {@link #LINES_A_PAGE} lines, at a blank line. */
  private static int pageEnd(List<String> lines, int from) {
    int end = Math.min(lines.size(), from + LINES_A_PAGE);
    for (int i = end; i < Math.min(lines.size(), end + LINES_A_PAGE); i++) {
      if (lines.get(i).isBlank()) {
        return i;
      }
    }
    return end;
  }

  private static float width(PDType1Font font, String text) {
    try {
      return font.getStringWidth(text) / 1000 * SIZE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text with what Helvetica (WinAnsi) cannot show replaced: a superscript digit beyond ³ as
   * {@code <sup>n</sup>}, which the readers take as the footnote mark it is, anything else as "?".
   */
  static String encodable(String text, PDType1Font font) {
    StringBuilder out = new StringBuilder();
    text.replace("\r\n", "\n")
        .codePoints()
        .forEach(
            c -> {
              String character = Character.toString(c);
              if (c == '\n' || c == '\t' || canShow(font, character)) {
                out.append(character);
              } else if (SUPERSCRIPT.matcher(character).matches()) {
                out.append("<sup>").append(Character.getNumericValue(c)).append("</sup>");
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static boolean canShow(PDType1Font font, String character) {
    try {
      font.encode(character);
      return true;
    } catch (IOException | IllegalArgumentException notInTheFont) {
      return false;
    }
  }
}
