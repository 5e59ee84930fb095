package org.probationinspections.application.importing.port.in;

import org.probationinspections.application.port.in.interchange.ActionPlanDocument;

/**
 * Stores an action plan in one transaction, after resolving each answer to a stored recommendation;
 * an answer to a recommendation no stored inspection has is refused. A plan stored already that
 * changed since the document was made (a newer {@code version} than the document's, or, for a
 * document without one, something recorded that the document lacks) is refused, merged or replaced
 * as {@link OnConflict} says.
 */
public interface ImportActionPlanUseCase {

  ImportOutcome importPlan(ActionPlanDocument document, OnConflict onConflict);

  /** Refuses a document older than the stored plan. */
  default ImportOutcome importPlan(ActionPlanDocument document) {
    return importPlan(document, OnConflict.REFUSE);
  }
}
