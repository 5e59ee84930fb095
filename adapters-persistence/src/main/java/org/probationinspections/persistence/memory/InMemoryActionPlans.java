package org.probationinspections.persistence.memory;

import java.util.Comparator;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;

/** Action plans held in memory, as copies. */
public final class InMemoryActionPlans extends InMemoryRegionalAggregates<ActionPlanId, ActionPlan>
    implements ActionPlanRepository {

  public InMemoryActionPlans(InMemoryStore store) {
    super(
        store,
        Versions.ACTION_PLANS,
        Comparator.comparing(ActionPlan::submitted).reversed(),
        ActionPlan::regionId);
  }
}
