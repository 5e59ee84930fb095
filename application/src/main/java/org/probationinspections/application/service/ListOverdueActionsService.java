package org.probationinspections.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.probationinspections.application.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.port.in.OverdueActionView;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.OverdueAction;

/** Overdue actions across plans, most overdue first. */
public final class ListOverdueActionsService implements ListOverdueActionsUseCase {

  private final ActionPlanRepository plans;
  private final Directory directory;
  private final Clock clock;

  ListOverdueActionsService(ActionPlanRepository plans, Directory directory, Clock clock) {
    this.plans = plans;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public List<OverdueActionView> list(Query query) {
    var asOf = query.asOf().orElseGet(clock::today);
    Names names = new Names(directory);
    List<ActionPlan> found =
        query.region().isPresent()
            ? plans.findByRegion(directory.region(query.region().get()).id())
            : plans.findAll();
    List<OverdueActionView> overdue = new ArrayList<>();
    for (ActionPlan plan : found) {
      for (OverdueAction action : plan.overdueActions(asOf)) {
        overdue.add(
            new OverdueActionView(
                plan.id().value(),
                names.region(plan.regionId()).name(),
                action.ref().itemNumber(),
                action.ref().actionNumber(),
                action.action().text(),
                action.action().owners(),
                action.action().target().orElseThrow(),
                action.daysOverdue()));
      }
    }
    overdue.sort(Comparator.comparingLong(OverdueActionView::daysOverdue).reversed());
    return overdue;
  }
}
