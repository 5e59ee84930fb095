package org.probationinspections.application.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.unit.RegionId;

/**
 * Reads actions across plans without loading whole plans: tallies by status and target month, and
 * the actions with given statuses whose target month is before a given month. Which of them count
 * as overdue, and how many days, the domain decides.
 */
public interface ActionSummaries {

  /** How many actions have each status and target month, in the region's plans or all. */
  List<StatusTally> tally(Optional<RegionId> region);

  /**
   * Actions with one of the statuses and a target month before {@code before}, earliest target
   * first (then by plan id, item and action order), at most {@code limit} of them.
   */
  List<PlacedAction> targetedBefore(
      Optional<RegionId> region, Set<ActionStatus> statuses, YearMonth before, int limit);

  /** A count of actions that share a status and a target month. */
  record StatusTally(ActionStatus status, Optional<YearMonth> target, int count) {}

  /**
   * An action with where it sits; {@code action} is 1-based like {@code ActionRef}. The action's
   * progress and revision history are left out.
   */
  record PlacedAction(ActionPlanId plan, RegionId region, int item, int action, Action detail) {}
}
