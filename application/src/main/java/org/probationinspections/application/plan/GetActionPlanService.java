package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.GetActionPlanUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.plan.ActionPlanId;

/** One action plan, its items, actions, coverage and completeness. */
record GetActionPlanService(
    ActionPlanRepository plans, PlanScope scope, Directory directory, Clock clock)
    implements GetActionPlanUseCase {

  @Override
  public ActionPlanDocument get(ActionPlanId id) {
    var plan =
        plans.findById(id).orElseThrow(() -> new NotFoundException("Action plan", id.value()));
    return ActionPlanDocuments.document(
        plan,
        directory.region(plan.regionId()),
        scope.inspections(plan),
        new Names(directory),
        clock.today());
  }
}
