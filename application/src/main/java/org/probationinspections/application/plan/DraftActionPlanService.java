package org.probationinspections.application.plan;

import java.util.Optional;
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
              // One letter, one plan: its answers go on the plan it has.
              plans.findByRegion(region.id()).stream()
                  .filter(plan -> plan.reviewId().equals(Optional.of(id)))
                  .findFirst()
                  .ifPresent(
                      existing -> {
                        throw new ConflictException(
                            "the regional letter of "
                                + review.date()
                                + " has an action plan already ("
                                + existing.id().value()
                                + "): add to that plan instead");
                      });
            });
    command
        .inspection()
        .ifPresent(
            id -> {
              scope.requireOfRegion(id, region);
              plans.findByRegion(region.id()).stream()
                  .filter(plan -> plan.inspectionId().equals(Optional.of(id)))
                  .findFirst()
                  .ifPresent(
                      existing -> {
                        throw new ConflictException(
                            "inspection "
                                + id.value()
                                + " has an action plan already ("
                                + existing.id().value()
                                + "): add to that plan instead");
                      });
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
}
