package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.unit.RegionId;

/** Action plans held in memory, as copies. */
public final class InMemoryActionPlans extends InMemoryRepository<ActionPlanId, ActionPlan>
    implements ActionPlanRepository {

  public InMemoryActionPlans(InMemoryStore store) {
    super(store, Versions.ACTION_PLANS, Comparator.comparing(ActionPlan::submitted).reversed());
  }

  @Override
  public List<ActionPlan> findByRegion(RegionId region) {
    return sorted(p -> p.regionId().equals(region));
  }

  @Override
  public long save(ActionPlan plan) {
    return Versions.ACTION_PLANS.save(store, plan.id(), plan.id().value(), plan);
  }
}
