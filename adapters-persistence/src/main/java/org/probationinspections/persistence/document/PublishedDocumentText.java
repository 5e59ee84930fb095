package org.probationinspections.persistence.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.probationinspections.application.importing.port.out.DocumentText;

/**
 * The text of published documents that come as PDF files (read with Apache PDFBox) or saved web
 * pages (read with jsoup), laid out as the importers read text extracted from a PDF: a line of the
 * document a line, table rows as lines with their cells separated by tabs. Any other file is left
 * to be read as text.
 */
public final class PublishedDocumentText implements DocumentText {

  /** How far into a file its PDF header may start (the PDF standard allows bytes before it). */
  private static final int PDF_HEADER_WITHIN = 1024;

  @Override
  public Optional<String> text(String fileName, byte[] content) {
    if (isPdf(content)) {
      return Optional.of(PdfText.read(fileName, content));
    }
    if (isWebPage(fileName, content)) {
      return Optional.of(WebPageText.read(content));
    }
    return Optional.empty();
  }

  static boolean isPdf(byte[] content) {
    byte[] header = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    int last = Math.min(content.length - header.length, PDF_HEADER_WITHIN);
    for (int at = 0; at <= last; at++) {
      boolean found = true;
      for (int i = 0; i < header.length && found; i++) {
        found = content[at + i] == header[i];
      }
      if (found) {
        return true;
      }
    }
    return false;
  }

  /** Named .html or .htm, or starting (after white space) with a doctype or an html element. */
  static boolean isWebPage(String fileName, byte[] content) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String start =
        new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1)
            .replace("\u00EF\u00BB\u00BF", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }
}
