package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.unit.RegionId;

/** Action plans held in memory, as copies. */
public final class InMemoryActionPlans implements ActionPlanRepository {

  private final InMemoryStore store;

  public InMemoryActionPlans(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<ActionPlan> findById(ActionPlanId id) {
    return store.read(
        t -> Optional.ofNullable(t.plans.get(id)).map(p -> Copies.of(p, p.version())));
  }

  @Override
  public List<ActionPlan> findByRegion(RegionId region) {
    return findAll().stream().filter(p -> p.regionId().equals(region)).toList();
  }

  @Override
  public List<ActionPlan> findAll() {
    return store.read(
        t ->
            t.plans.values().stream()
                .sorted(Comparator.comparing(ActionPlan::submitted).reversed())
                .map(p -> Copies.of(p, p.version()))
                .toList());
  }

  @Override
  public long save(ActionPlan plan) {
    return Versions.ACTION_PLANS.save(
        store, plan.id(), plan.id().value(), plan.version(), next -> Copies.of(plan, next));
  }
}
