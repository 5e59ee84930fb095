package org.probationinspections.application.plan.port.in;

import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.domain.plan.ActionPlanId;

/**
 * One action plan in the interchange shape; its flags say what the coverage check and the
 * completeness rules found.
 */
public interface GetActionPlanUseCase {

  ActionPlanDocument get(ActionPlanId id);
}
