package org.probationinspections.application.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Action plans kept as copies (a plan read and changed is not the stored one until it is saved),
 * each save giving the next version.
 */
public final class MemoryActionPlans implements ActionPlanRepository {

  private final Map<ActionPlanId, ActionPlan> plans = new LinkedHashMap<>();
  private int saves;

  @Override
  public Optional<ActionPlan> findById(ActionPlanId id) {
    return Optional.ofNullable(plans.get(id)).map(plan -> plan.atVersion(plan.version()));
  }

  @Override
  public List<ActionPlan> findByRegion(RegionId region) {
    return findAll().stream().filter(plan -> plan.regionId().equals(region)).toList();
  }

  @Override
  public List<ActionPlan> findAll() {
    return plans.values().stream().map(plan -> plan.atVersion(plan.version())).toList();
  }

  @Override
  public long save(ActionPlan plan) {
    saves++;
    long next = plan.version() + 1;
    plans.put(plan.id(), plan.atVersion(next));
    return next;
  }

  /** How many times a plan was saved. */
  public int saves() {
    return saves;
  }
}
