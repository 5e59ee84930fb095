package org.probationinspections.application.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.plan.port.in.OverdueActionView;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * Overdue actions across plans, most overdue first. The store finds the open actions whose target
 * month is over; the domain confirms each one and counts its days.
 */
public final class ListOverdueActionsService implements ListOverdueActionsUseCase {

  /** The statuses of actions that are not done, and so can be overdue. */
  static final Set<ActionStatus> OPEN =
      EnumSet.copyOf(
          Arrays.stream(ActionStatus.values()).filter(status -> !status.isDone()).toList());

  private final ActionSummaries actions;
  private final Directory directory;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  ListOverdueActionsService(
      ActionSummaries actions, Directory directory, Clock clock, UnitOfWork unitOfWork) {
    this.actions = actions;
    this.directory = directory;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  /** The actions and the regions they name, in one read-only unit of work. */
  @Override
  public List<OverdueActionView> list(Query query) {
    return unitOfWork.reading(() -> read(query));
  }

  private List<OverdueActionView> read(Query query) {
    var asOf = query.asOf().orElseGet(clock::today);
    Names names = new Names(directory);
    var region = query.region().map(name -> directory.region(name).id());
    List<OverdueActionView> overdue = new ArrayList<>();
    for (var placed : actions.targetedBefore(region, OPEN, YearMonth.from(asOf), query.limit())) {
      if (!placed.detail().isOverdue(asOf)) {
        continue;
      }
      overdue.add(
          new OverdueActionView(
              placed.plan().value(),
              names.region(placed.region()).name(),
              placed.item(),
              placed.action(),
              placed.detail().text(),
              placed.detail().owners(),
              placed.detail().target().orElseThrow(),
              placed.detail().daysOverdue(asOf)));
    }
    overdue.sort(Comparator.comparingLong(OverdueActionView::daysOverdue).reversed());
    return overdue;
  }
}
