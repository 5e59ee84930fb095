package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase.Command;

/** Whatever an upload sends as a file's name, the import keeps a plain one. */
class UploadedFileNameTest {

  private static String kept(String given) {
    return new Command(given, new byte[0], true).fileName();
  }

  @Test
  void controlCharactersAndFolders_areDropped() {
    assertEquals("report.pdf", kept("C:\\\\Users\\\\me\\\\rep\u0000ort.pdf"));
    assertEquals("plan.txt", kept("../../etc/plan.txt"));
    assertEquals("letter.html", kept("let\nter.html"));
  }

  @Test
  void aVeryLongName_isShortened_keepingItsExtension() {
    String name = kept("a".repeat(5_000) + ".pdf");
    assertEquals(Command.LONGEST_NAME, name.length());
    assertTrue(name.endsWith("….pdf"), name);
  }

  @Test
  void aNameOfNothingButControls_becomesDocument() {
    assertEquals("document", kept("\u0000\u0001"));
  }
}
