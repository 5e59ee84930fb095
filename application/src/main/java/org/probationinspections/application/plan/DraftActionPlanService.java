package org.probationinspections.application.plan;

import java.util.Optional;
import java.util.function.Predicate;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.unit.Region;

/**
 * Starts an empty action plan for a region, answering one of its regional reviews or one of its
 * inspections; a letter or an inspection has one plan.
 */
record DraftActionPlanService(
    ActionPlanRepository plans,
    ReviewRepository reviews,
    PlanScope scope,
    Directory directory,
    CurrentActor actor)
    implements DraftActionPlanUseCase {

  @Override
  public ActionPlanId draft(Command command) {
    var region = directory.region(command.region());
    actor.actor().requirePlanOf(region.id());
    command
        .review()
        .ifPresent(
            id -> {
              var review = reviews.get(id);
              if (!review.regionId().equals(region.id())) {
                throw new RuleBrokenException(
                    "plan-answers-own-region",
                    "the regional review is of another region than " + region.name());
              }
              refuseASecondPlan(
                  region,
                  plan -> plan.reviewId().equals(Optional.of(id)),
                  "the regional letter of " + review.date());
            });
    command
        .inspection()
        .ifPresent(
            id -> {
              scope.requireOfRegion(id, region);
              refuseASecondPlan(
                  region,
                  plan -> plan.inspectionId().equals(Optional.of(id)),
                  "inspection " + id.value());
            });
    ActionPlan plan =
        ActionPlan.draft(
            ActionPlanId.newId(),
            region.id(),
            command.review(),
            command.inspection(),
            command.submitted());
    plans.save(plan);
    return plan.id();
  }

  /** One letter (one inspection), one plan: its answers go on the plan it has. */
  private void refuseASecondPlan(Region region, Predicate<ActionPlan> answersIt, String what) {
    plans.findByRegion(region.id()).stream()
        .filter(answersIt)
        .findFirst()
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  what
                      + " has an action plan already ("
                      + existing.id().value()
                      + "): add to that plan instead");
            });
  }
}
