package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.GetActionPlanUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.ActionPlanId;

/** One action plan, its items, actions, coverage and completeness. */
record GetActionPlanService(PlanViews views) implements GetActionPlanUseCase {

  @Override
  public ActionPlanDocument get(ActionPlanId id) {
    return views.show(views.plan(id), new Names(views.directory()), ActionPlanDocuments::document);
  }
}
