package org.probationinspections.application.importing.reading;

import java.util.Objects;
import java.util.Optional;
import org.probationinspections.domain.common.Require;

/**
 * Something an importer noticed in a document: a guess, a value it could not read, a name it did
 * not know. The line is 1-based so that a person can open the file there. An issue about one unit
 * of a document that covers several (a PDU of a regional letter) names it.
 */
public record ImportIssue(
    String file, int line, Severity severity, String message, Optional<String> unit) {

  /** How much a person should care. */
  public enum Severity {
    /** A value was read but guessed or repaired; a person should check it. */
    WARNING,
    /** A value could not be read at all and is missing from the document. */
    ERROR
  }

  public ImportIssue {
    file = Require.text("file", file);
    Require.positive("line", line);
    Objects.requireNonNull(severity, "severity");
    message = Require.text("message", message);
    Objects.requireNonNull(unit, "unit");
  }

  /** An issue about the document as a whole. */
  public ImportIssue(String file, int line, Severity severity, String message) {
    this(file, line, severity, message, Optional.empty());
  }

  /** "north-west-letter.txt:425: overall rating printed as 'Rating'". */
  public String describe() {
    return file + ":" + line + ": " + message;
  }
}
