package org.probationinspections.persistence.jdbc;

import java.util.Optional;
import org.probationinspections.application.port.out.ImportLedger;

/**
 * The import ledger in {@code imported_documents}, one row per content fingerprint; recording a
 * fingerprint again replaces its row, as the in-memory ledger does.
 */
public final class JdbcImportLedger implements ImportLedger {

  private final JdbcTransactions transactions;

  JdbcImportLedger(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<ImportedDocument> find(String fingerprint) {
    Dialect dialect = transactions.dialect();
    return transactions.read(
        handle ->
            handle
                .createQuery(
                    "SELECT fingerprint, file_name, kind, record_id, imported_at"
                        + " FROM imported_documents WHERE fingerprint = :fingerprint")
                .bind("fingerprint", fingerprint)
                .map(
                    (row, context) ->
                        new ImportedDocument(
                            row.getString("fingerprint"),
                            row.getString("file_name"),
                            row.getString("kind"),
                            row.getString("record_id"),
                            dialect.readInstant(row, "imported_at")))
                .findOne());
  }

  @Override
  public void record(ImportedDocument document) {
    Dialect dialect = transactions.dialect();
    transactions.write(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO imported_documents (fingerprint, file_name, kind, record_id,"
                        + " imported_at) VALUES (:fingerprint, :fileName, :kind, :recordId, :at)"
                        + " ON CONFLICT (fingerprint) DO UPDATE SET file_name = excluded.file_name,"
                        + " kind = excluded.kind, record_id = excluded.record_id,"
                        + " imported_at = excluded.imported_at")
                .bind("fingerprint", document.fingerprint())
                .bind("fileName", document.fileName())
                .bind("kind", document.kind())
                .bind("recordId", document.recordId())
                .bind("at", dialect.instant(document.importedAt()))
                .execute());
  }
}
