package org.probationinspections.application.importing.port.in;

import java.util.List;
import org.probationinspections.domain.common.Require;

/**
 * Imports one published document (a PDU report, a regional letter or an action plan, as text
 * extracted from its PDF): detects its kind, reads it, and stores it in one transaction. The same
 * content imported again changes nothing and says so; a dry run stores nothing.
 *
 * <p>Reading and storing can also be asked for apart: {@link #read} touches no store and may run on
 * another thread, so that a bulk import reads the next documents while it stores one.
 */
public interface ImportPublishedDocumentUseCase {

  /** Reads and stores the document: {@code importDocument(read(command))}. */
  default Result importDocument(Command command) {
    return importDocument(read(command));
  }

  /**
   * Reads the document without touching the store: its text, its fingerprint, its kind and its
   * content. A document that cannot be read is refused by {@link #importDocument(ReadDocument)},
   * after the check for the same content imported before, as when both happen in one call.
   */
  ReadDocument read(Command command);

  /**
   * Where a file goes in an import of several, read as the import reads it (PDF, web page or text):
   * reports, and anything that is no document the importers know, first (0), then regional letters
   * (1), then action plans (2). A file that cannot be read ranks first, and is refused with the
   * reason when its turn comes.
   */
  int importRank(String fileName, byte[] content);

  /** Stores a document that {@link #read} returned, in one transaction. */
  Result importDocument(ReadDocument document);

  /** A document read by {@link #read}, waiting to be stored. */
  interface ReadDocument {
    String fileName();
  }

  record Command(String fileName, byte[] content, boolean dryRun) {
    public Command {
      fileName = Require.text("fileName", fileName);
      Require.present("content", content);
    }
  }

  /** What was found and done; {@code warnings} name file and line. */
  record Result(
      String fileName, String kind, ImportOutcome outcome, List<String> warnings, boolean dryRun) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }
}
