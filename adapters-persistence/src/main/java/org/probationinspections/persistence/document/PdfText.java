package org.probationinspections.persistence.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.probationinspections.domain.common.InvalidValueException;

/** The text of a PDF file, through Apache PDFBox, its tables' rows as lines of cells. */
final class PdfText {

  private PdfText() {}

  /**
   * The text of {@code content}; a PDF that holds no text (a scan), that needs a password or that
   * cannot be read is refused, naming the file.
   */
  static String read(String fileName, byte[] content) {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      String text = new TableTextStripper().getText(pdf);
      if (text.isBlank()) {
        int pages = pdf.getNumberOfPages();
        throw new InvalidValueException(
            fileName + ":1",
            "this PDF holds no text (a scan?): its "
                + (pages == 1 ? "page holds" : pages + " pages hold")
                + " images only; import the published PDF, or text recognised from this one");
      }
      return text;
    } catch (InvalidPasswordException locked) {
      throw new InvalidValueException(
          fileName + ":1", "this PDF is protected by a password; import an unprotected copy");
    } catch (IOException unreadable) {
      throw new InvalidValueException(
          fileName + ":1", "this PDF cannot be read: " + unreadable.getMessage());
    }
  }
}
