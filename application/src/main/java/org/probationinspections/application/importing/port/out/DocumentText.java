package org.probationinspections.application.importing.port.out;

import java.util.Optional;

/**
 * The text of a published document that comes as a PDF file or a saved web page, read as the
 * importers read text extracted from a PDF: one line a line of the document, table rows as lines
 * with their cells separated by tabs.
 */
public interface DocumentText {

  /**
   * The text of the document named {@code fileName} holding {@code content}; empty when it is
   * neither a PDF nor a web page, and its bytes are to be read as text.
   *
   * @throws org.probationinspections.domain.common.InvalidValueException for a PDF that holds no
   *     text (a scanned document), or that cannot be read, naming the file
   */
  Optional<String> text(String fileName, byte[] content);

  /** Reads no PDF nor web page: every file's bytes are its text. */
  static DocumentText plainText() {
    return (fileName, content) -> Optional.empty();
  }
}
