package org.probationinspections.application.plan;

import java.util.Optional;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;

/** Starts an empty action plan for a region, answering one of its regional reviews. */
record DraftActionPlanService(
    ActionPlanRepository plans, ReviewRepository reviews, Directory directory, CurrentActor actor)
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
    ActionPlan plan =
        ActionPlan.draft(ActionPlanId.newId(), region.id(), command.review(), command.submitted());
    plans.save(plan);
    return plan.id();
  }
}
