package org.probationinspections.application.importing.port.in;

import org.probationinspections.application.port.in.interchange.InspectionDocument;

/**
 * Stores an inspection given in the interchange shape, in one transaction: the PDU (and region) is
 * found by name or alias, or registered; a document for an inspection already stored (same id, or
 * same PDU and fieldwork month) adds what it has to that inspection. An inspection stored already
 * that changed since the document was made (a newer {@code version} than the document's, or, for a
 * document without one, a judgement beside the published rating or a recommendation that the
 * document lacks) is refused, merged or replaced as {@link OnConflict} says.
 */
public interface ImportInspectionUseCase {

  ImportOutcome importInspection(InspectionDocument document, OnConflict onConflict);

  /** Refuses a document older than the stored inspection. */
  default ImportOutcome importInspection(InspectionDocument document) {
    return importInspection(document, OnConflict.REFUSE);
  }
}
