package org.probationinspections.application.plan.port.in;

import org.probationinspections.domain.plan.ActionPlanId;

/** When an action plan was due and whether it came in on time. */
public interface PlanDueUseCase {

  PlanDueView due(ActionPlanId plan);
}
