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

  /**
   * The plans with these ids, in the order given; an unknown id is left out. A store may read them
   * together (a page of a list); by default each is read by its id.
   */
  default List<ActionPlan> findByIds(List<ActionPlanId> ids) {
    return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
  }

  long save(ActionPlan plan);
}
