package org.probationinspections.application.importing.reading;

import java.util.List;
import java.util.Objects;

/** What an importer read from a document, and what it had to guess or could not read. */
public record ParsedDocument<T>(T document, List<ImportIssue> issues) {

  public ParsedDocument {
    Objects.requireNonNull(document, "document");
    issues = List.copyOf(issues);
  }
}
