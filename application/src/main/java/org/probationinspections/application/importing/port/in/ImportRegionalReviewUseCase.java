package org.probationinspections.application.importing.port.in;

import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;

/**
 * Stores a regional letter in one transaction; the PDU data of its annexes goes to each PDU's
 * inspection, as {@link ImportInspectionUseCase} does. A letter stored already that changed since
 * the document was made (a newer {@code version} than the document's, or, for a document without
 * one, an observation or a covered inspection that the document lacks), or an annexe older than the
 * PDU's stored inspection, is refused, merged or replaced as {@link OnConflict} says.
 */
public interface ImportRegionalReviewUseCase {

  ImportOutcome importReview(RegionalReviewDocument document, OnConflict onConflict);

  /** Refuses a document older than the stored letter or inspections. */
  default ImportOutcome importReview(RegionalReviewDocument document) {
    return importReview(document, OnConflict.REFUSE);
  }
}
