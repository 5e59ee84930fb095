package org.probationinspections.application.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.PlanDueUseCase;
import org.probationinspections.application.plan.port.in.PlanDueView;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.domain.review.RegionalReview;

/** Dates a plan's due day from its letter by the configured clock. */
record PlanDueService(ActionPlanRepository plans, ReviewRepository reviews, PlanDueClock clock)
    implements PlanDueUseCase {

  @Override
  public PlanDueView due(ActionPlanId id) {
    ActionPlan plan = plans.get(id);
    Optional<LocalDate> letter =
        plan.reviewId().flatMap(reviews::findById).map(RegionalReview::date);
    long late = letter.map(date -> clock.daysLate(date, plan.submitted())).orElse(0L);
    return new PlanDueView(
        id.value(),
        clock.days(),
        letter,
        letter.map(clock::due),
        plan.submitted(),
        late <= 0,
        Math.max(0, late));
  }
}
