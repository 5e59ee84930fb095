package org.probationinspections.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Remembers which documents were imported, by the fingerprint of their content. */
public interface ImportLedger {

  Optional<ImportedDocument> find(String fingerprint);

  void record(ImportedDocument document);

  /** One imported document: its content fingerprint, file name, kind, the record it made. */
  record ImportedDocument(
      String fingerprint, String fileName, String kind, String recordId, Instant importedAt) {}
}
