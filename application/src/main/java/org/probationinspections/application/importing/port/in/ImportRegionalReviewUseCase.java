package org.probationinspections.application.importing.port.in;

import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;

/**
 * Stores a regional letter in one transaction; the PDU data of its annexes goes to each PDU's
 * inspection, as {@link ImportInspectionUseCase} does.
 */
public interface ImportRegionalReviewUseCase {

  ImportOutcome importReview(RegionalReviewDocument document);
}
