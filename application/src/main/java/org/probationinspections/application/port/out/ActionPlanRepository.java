package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.unit.RegionId;

/** Stores action plans, optimistically like {@link InspectionRepository}. */
public interface ActionPlanRepository {

  Optional<ActionPlan> findById(ActionPlanId id);

  /** The action plan with this id; {@link NotFoundException} when there is none. */
  default ActionPlan get(ActionPlanId id) {
    return findById(id).orElseThrow(() -> new NotFoundException("Action plan", id.value()));
  }

  /** The region's plans, newest submission first. */
  List<ActionPlan> findByRegion(RegionId region);

  /** Every plan, newest submission first. */
  List<ActionPlan> findAll();

  long save(ActionPlan plan);
}
