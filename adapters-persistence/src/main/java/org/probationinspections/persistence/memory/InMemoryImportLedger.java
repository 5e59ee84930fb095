package org.probationinspections.persistence.memory;

import java.util.Optional;
import org.probationinspections.application.port.out.ImportLedger;

/** The import ledger held in memory. */
public final class InMemoryImportLedger implements ImportLedger {

  private final InMemoryStore store;

  public InMemoryImportLedger(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<ImportedDocument> find(String fingerprint) {
    return store.read(t -> Optional.ofNullable(t.imports.get(fingerprint)));
  }

  @Override
  public void record(ImportedDocument document) {
    store.inTransaction(() -> store.read(t -> t.imports.put(document.fingerprint(), document)));
  }
}
