package org.probationinspections.application.plan;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.RecordTypes;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.Permission;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;

/** Loads an action plan, applies one change, and saves it, atomically. */
record PlanEditor(
    ActionPlanRepository plans, UnitOfWork unitOfWork, CurrentActor actor, AuditLog audit) {

  /**
   * Who to name as the author of a change: the signed-in user, whatever the request says; the name
   * given ({@code claimed}) only where no user is signed in (the command line, imports).
   */
  String author(String claimed) {
    Actor acting = actor.actor();
    return acting.kind() == Actor.Kind.USER ? acting.name() : claimed;
  }

  <T> T edit(ActionPlanId id, Function<ActionPlan, T> change) {
    return edit(id, OptionalLong.empty(), change);
  }

  /** As {@link #edit(ActionPlanId, Function)}, refusing when the plan moved past {@code seen}. */
  <T> T edit(ActionPlanId id, OptionalLong seen, Function<ActionPlan, T> change) {
    return edit(id, seen, plan -> actor.actor().requirePlanOf(plan.regionId()), change);
  }

  /** A change by the inspectorate (a follow-up judgement), not by the plan's region. */
  <T> T judge(ActionPlanId id, Function<ActionPlan, T> change) {
    return edit(
        id,
        OptionalLong.empty(),
        plan -> actor.actor().require(Permission.JUDGE_FOLLOW_UP),
        change);
  }

  private <T> T edit(
      ActionPlanId id,
      OptionalLong seen,
      java.util.function.Consumer<ActionPlan> permitted,
      Function<ActionPlan, T> change) {
    return unitOfWork.inTransaction(
        () -> {
          ActionPlan plan = plans.get(id);
          permitted.accept(plan);
          if (seen.isPresent() && seen.getAsLong() != plan.version()) {
            throw new ConflictException(
                "Action plan "
                    + id
                    + " was changed by someone else since you read it (you saw version "
                    + seen.getAsLong()
                    + ", it is now at version "
                    + plan.version()
                    + lastChange(id)
                    + "): reload it and apply your change again");
          }
          T result = change.apply(plan);
          plans.save(plan);
          return result;
        });
  }

  /** Who made the latest change of the plan and when, from the audit trail. */
  private String lastChange(ActionPlanId id) {
    List<AuditLog.Entry> entries =
        audit.find(AuditLog.Query.of(RecordTypes.ACTION_PLAN, id.value()));
    if (entries.isEmpty()) {
      return "";
    }
    AuditLog.Entry last = entries.get(entries.size() - 1);
    return "; last changed by " + last.actor() + " at " + last.at();
  }
}
