package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.document.DocumentFiles;

/**
 * {@code inspections import report.pdf}: the seed documents as PDF files and a saved web page
 * imported by the command line into a real SQLite file, and a scanned PDF refused in words.
 */
class PdfImportEndToEndTest extends CommandLineTest {

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  /**
   * The files are named plan first: a PDF's or a web page's kind is read from its text when the
   * command puts the files in order, so the report is still stored first and the plan last.
   */
  @Test
  void importingTheSeedsAsPdfFilesAndAWebPage_storesEachAsItsText() throws IOException {
    Path report = file("report.pdf", DocumentFiles.pdf(Seeds.text(Seeds.REPORT)));
    Path letter = file("letter.pdf", DocumentFiles.pdf(Seeds.text(Seeds.LETTER)));
    Path plan = file("plan.html", DocumentFiles.html(Seeds.text(Seeds.PLAN)));

    CommandRun imported =
        CommandRun.of(
            "import", "--db", db(), plan.toString(), letter.toString(), report.toString());

    assertEquals(0, imported.status(), imported.output());
    assertTrue(imported.output().contains("report.pdf: imported PDU report"), imported.output());
    assertTrue(
        imported.output().contains("letter.pdf: imported regional letter"), imported.output());
    assertTrue(imported.output().contains("plan.html: imported action plan"), imported.output());
    assertTrue(imported.output().contains("3 of 3 files imported"), imported.output());
  }

  @Test
  void aScannedPdf_isNotImported_andTheMessageSaysItHoldsNoText() throws IOException {
    Path scan = file("scan.pdf", DocumentFiles.scannedPdf());

    CommandRun imported = CommandRun.of("import", "--db", db(), scan.toString());

    assertEquals(1, imported.status(), imported.output());
    assertTrue(
        imported
            .output()
            .contains("scan.pdf: not imported: scan.pdf:1: this PDF holds no text (a scan?)"),
        imported.output());
  }
}
