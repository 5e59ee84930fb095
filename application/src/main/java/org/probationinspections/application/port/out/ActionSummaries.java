package org.probationinspections.application.port.out;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Reads actions across plans without loading whole plans: tallies by status and target month, the
 * actions with given statuses whose target month is before a given month, the items awaiting a
 * judgement and the letters no plan answers yet. Which of them count as overdue, and how many days,
 * the domain decides.
 */
public interface ActionSummaries {

  /** How many actions have each status and target month, in the region's plans or all. */
  List<StatusTally> tally(Optional<RegionId> region);

  /**
   * Actions with one of the statuses and a target month before {@code before}, earliest target
   * first (then by plan id, item and action order), starting after the action at {@code after} in
   * that order (a page read by its key, whatever was added or changed before it), at most {@code
   * limit} of them.
   */
  List<PlacedAction> targetedBefore(Targeted query);

  /**
   * Which actions {@link #targetedBefore} reads; {@code owner}, when given, keeps the actions that
   * name that owner (exactly as written) among theirs.
   */
  record Targeted(
      Optional<RegionId> region,
      Set<ActionStatus> statuses,
      YearMonth before,
      Optional<ActionKey> after,
      int limit,
      Optional<String> owner) {

    /** Whoever owns them. */
    public Targeted(
        Optional<RegionId> region,
        Set<ActionStatus> statuses,
        YearMonth before,
        Optional<ActionKey> after,
        int limit) {
      this(region, statuses, before, after, limit, Optional.empty());
    }

    /** From the first action in the order. */
    public Targeted(
        Optional<RegionId> region, Set<ActionStatus> statuses, YearMonth before, int limit) {
      this(region, statuses, before, Optional.empty(), limit);
    }
  }

  /**
   * Plans newest submission first, then by id, starting after {@code after}, at most {@code limit}
   * of them: their keys only, so that a list of plans loads only the plans of its page.
   */
  List<PlanKey> plans(Optional<RegionId> region, Optional<PlanKey> after, int limit);

  /**
   * The items that await the inspectorate's judgement ({@link
   * org.probationinspections.domain.plan.ActionPlanItem#awaitsJudgement}) in the region's plans or
   * all, by plan id and item number, starting after {@code after}, at most {@code limit} of them.
   */
  List<ItemKey> awaitingJudgement(Optional<RegionId> region, Optional<ItemKey> after, int limit);

  /** An item of a plan, where it sits in the order of {@link #awaitingJudgement}. */
  record ItemKey(ActionPlanId plan, int item) {}

  /**
   * The regional letters that no action plan answers, in the region or all, oldest letter first
   * (then by id), starting after {@code after}, at most {@code limit} of them.
   */
  List<LetterKey> lettersWithoutPlan(
      Optional<RegionId> region, Optional<LetterKey> after, int limit);

  /** A regional letter, where it sits in the order of {@link #lettersWithoutPlan}. */
  record LetterKey(LocalDate date, ReviewId id) {}

  /** Where a plan sits in the order of {@link #plans}. */
  record PlanKey(LocalDate submitted, ActionPlanId id) {}

  /** Where an action sits in the order of {@link #targetedBefore}; {@code action} is 1-based. */
  record ActionKey(YearMonth target, ActionPlanId plan, int item, int action) {}

  /** A count of actions that share a status and a target month. */
  record StatusTally(ActionStatus status, Optional<YearMonth> target, int count) {}

  /**
   * An action with where it sits; {@code action} is 1-based like {@code ActionRef}. The action's
   * progress and revision history are left out.
   */
  record PlacedAction(ActionPlanId plan, RegionId region, int item, int action, Action detail) {

    /** Where it sits in the order of {@link #targetedBefore}. */
    public ActionKey key() {
      return new ActionKey(detail.target().orElseThrow(), plan, item, action);
    }
  }
}
