package org.probationinspections.application.port.in;

import java.util.List;
import org.probationinspections.domain.common.Require;

/**
 * Imports one published document (a PDU report, a regional letter or an action plan, as text
 * extracted from its PDF): detects its kind, reads it, and stores it in one transaction. The same
 * content imported again changes nothing and says so; a dry run stores nothing.
 */
public interface ImportPublishedDocumentUseCase {

  Result importDocument(Command command);

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
