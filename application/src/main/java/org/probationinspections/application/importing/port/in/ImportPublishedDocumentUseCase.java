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

  /**
   * One file; {@code onConflict} says what to do when the stored record changed since the document
   * (see {@link ImportActionPlanUseCase}).
   */
  record Command(String fileName, byte[] content, boolean dryRun, OnConflict onConflict) {

    /** The longest file name kept: longer ones keep their start and their extension. */
    public static final int LONGEST_NAME = 200;

    public Command {
      fileName = Require.text("fileName", plainName(fileName));
      Require.present("content", content);
      Require.present("onConflict", onConflict);
    }

    /** Refusing a document older than what is stored. */
    public Command(String fileName, byte[] content, boolean dryRun) {
      this(fileName, content, dryRun, OnConflict.REFUSE);
    }

    /**
     * A file's name as a person would write it in a note: the last part of a path, without control
     * characters, and no longer than {@link #LONGEST_NAME} (an upload may send anything there).
     */
    static String plainName(String given) {
      if (given == null) {
        return null;
      }
      String name = given.replaceAll("\\p{Cntrl}", "").strip();
      int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
      name = name.substring(slash + 1).strip();
      if (name.length() > LONGEST_NAME) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        name = name.substring(0, LONGEST_NAME - extension.length() - 1) + "…" + extension;
      }
      return name.isEmpty() ? "document" : name;
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
