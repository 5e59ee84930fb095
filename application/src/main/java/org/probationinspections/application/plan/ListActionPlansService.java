package org.probationinspections.application.plan;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.ListActionPlansUseCase;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.PlanScope;

/** Action plans with their counts, newest first. */
public final class ListActionPlansService implements ListActionPlansUseCase {

  private final ActionPlanRepository plans;
  private final PlanScope scope;
  private final Directory directory;
  private final Clock clock;

  ListActionPlansService(
      ActionPlanRepository plans, PlanScope scope, Directory directory, Clock clock) {
    this.plans = plans;
    this.scope = scope;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public List<ActionPlanOverview> list(Optional<String> region) {
    Names names = new Names(directory);
    var found =
        region.isPresent()
            ? plans.findByRegion(directory.region(region.get()).id())
            : plans.findAll();
    return found.stream()
        .map(
            plan ->
                ActionPlanDocuments.overview(
                    plan,
                    names.region(plan.regionId()),
                    scope.inspections(plan),
                    names,
                    clock.today()))
        .toList();
  }
}
