package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.ImportLedger.ImportedDocument;

/** The import ledger: the documents imported, by fingerprint. */
abstract class ImportLedgerContract extends StoreContract {

  @Test
  void importLedger_remembersDocumentsByFingerprint() {
    ImportedDocument document =
        new ImportedDocument(
            "sha256:abc",
            "knowsley.pdf",
            "inspection",
            "insp-1",
            Instant.parse("2024-03-01T10:15:30.123Z"));

    store.importLedger().record(document);

    assertEquals(Optional.of(document), store.importLedger().find("sha256:abc"));
    assertEquals(Optional.empty(), store.importLedger().find("sha256:other"));
  }

  @Test
  void importLedger_recordingAFingerprintAgain_replacesTheEntry() {
    store
        .importLedger()
        .record(
            new ImportedDocument(
                "sha256:abc",
                "a.pdf",
                "inspection",
                "insp-1",
                Instant.parse("2024-03-01T10:15:30Z")));
    ImportedDocument again =
        new ImportedDocument(
            "sha256:abc", "b.pdf", "inspection", "insp-2", Instant.parse("2024-03-02T10:15:30Z"));

    store.importLedger().record(again);

    assertEquals(Optional.of(again), store.importLedger().find("sha256:abc"));
  }
}
