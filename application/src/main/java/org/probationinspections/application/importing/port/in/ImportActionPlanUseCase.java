package org.probationinspections.application.importing.port.in;

import org.probationinspections.application.port.in.interchange.ActionPlanDocument;

/**
 * Stores an action plan in one transaction, after resolving each answer to a stored recommendation;
 * an answer to a recommendation no stored inspection has is refused.
 */
public interface ImportActionPlanUseCase {

  ImportOutcome importPlan(ActionPlanDocument document);
}
