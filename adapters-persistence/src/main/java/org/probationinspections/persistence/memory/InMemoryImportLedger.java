package org.probationinspections.persistence.memory;

import java.util.Optional;
import org.probationinspections.application.port.out.ImportLedger;

/** The import ledger held in memory. */
public final class InMemoryImportLedger extends InMemoryTable<String, ImportLedger.ImportedDocument>
    implements ImportLedger {

  public InMemoryImportLedger(InMemoryStore store) {
    super(store, t -> t.imports);
  }

  @Override
  public Optional<ImportedDocument> find(String fingerprint) {
    return stored(fingerprint);
  }

  @Override
  public void record(ImportedDocument document) {
    put(document.fingerprint(), document);
  }
}
