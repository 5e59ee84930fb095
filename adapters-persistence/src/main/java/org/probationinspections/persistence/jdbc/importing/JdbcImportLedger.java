package org.probationinspections.persistence.jdbc.importing;

import java.util.Optional;
import org.probationinspections.application.port.out.ImportLedger;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/**
 * The import ledger in {@code imported_documents}, one row per content fingerprint; recording a
 * fingerprint again replaces its row, as the in-memory ledger does.
 */
public final class JdbcImportLedger extends JdbcStore implements ImportLedger {

  public JdbcImportLedger(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public Optional<ImportedDocument> find(String fingerprint) {
    return transactions.first(
        "SELECT fingerprint, file_name, kind, record_id, imported_at"
            + " FROM imported_documents WHERE fingerprint = :fingerprint",
        query -> query.bind("fingerprint", fingerprint),
        (row, context) ->
            new ImportedDocument(
                row.getString("fingerprint"),
                row.getString("file_name"),
                row.getString("kind"),
                row.getString("record_id"),
                dialect.readInstant(row, "imported_at")));
  }

  @Override
  public void record(ImportedDocument document) {
    transactions.update(
        "INSERT INTO imported_documents (fingerprint, file_name, kind, record_id,"
            + " imported_at) VALUES (:fingerprint, :fileName, :kind, :recordId, :at)"
            + " ON CONFLICT (fingerprint) DO UPDATE SET file_name = excluded.file_name,"
            + " kind = excluded.kind, record_id = excluded.record_id,"
            + " imported_at = excluded.imported_at",
        row ->
            row.bind("fingerprint", document.fingerprint())
                .bind("fileName", document.fileName())
                .bind("kind", document.kind())
                .bind("recordId", document.recordId())
                .bind("at", dialect.instant(document.importedAt())));
  }
}
