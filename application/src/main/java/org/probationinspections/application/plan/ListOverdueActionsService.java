package org.probationinspections.application.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.plan.port.in.OverdueActionView;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ActionSummaries.ActionKey;
import org.probationinspections.application.port.out.ActionSummaries.PlacedAction;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * Overdue actions across plans, most overdue first. The store finds the open actions whose target
 * month is over; the domain confirms each one and counts its days.
 */
record ListOverdueActionsService(
    ActionSummaries actions, Directory directory, Clock clock, UnitOfWork unitOfWork)
    implements ListOverdueActionsUseCase {

  /** The statuses of actions that are not done, and so can be overdue. */
  static final Set<ActionStatus> OPEN =
      EnumSet.copyOf(
          Arrays.stream(ActionStatus.values()).filter(status -> !status.isDone()).toList());

  /** The actions and the regions they name, in one read-only unit of work. */
  @Override
  public List<OverdueActionView> list(Query query) {
    return unitOfWork.reading(() -> read(query));
  }

  /**
   * A page read by key: the store's order (earliest target month first, then plan, item and action)
   * is most overdue first, as every action of a month is overdue by the same days. One more action
   * than the page is read, to know whether a page follows.
   */
  @Override
  public CursorPage<OverdueActionView> page(PageQuery query) {
    Optional<ActionKey> after = query.page().cursor().map(ActionCursors::key);
    return unitOfWork.reading(
        () -> {
          var asOf = query.asOf().orElseGet(clock::today);
          Names names = new Names(directory);
          var region = query.region().map(name -> directory.region(name).id());
          int limit = query.page().limit();
          List<PlacedAction> read =
              actions.targetedBefore(
                  new ActionSummaries.Targeted(
                      region, OPEN, YearMonth.from(asOf), after, limit + 1));
          List<PlacedAction> shown = read.subList(0, Math.min(limit, read.size()));
          List<OverdueActionView> items =
              shown.stream()
                  .filter(placed -> placed.detail().isOverdue(asOf))
                  .map(placed -> view(placed, names, asOf))
                  .toList();
          Optional<String> next =
              read.size() > limit
                  ? Optional.of(ActionCursors.cursor(shown.get(shown.size() - 1).key()))
                  : Optional.empty();
          return new CursorPage<>(items, next);
        });
  }

  private static OverdueActionView view(
      PlacedAction placed, Names names, java.time.LocalDate asOf) {
    return new OverdueActionView(
        placed.plan().value(),
        names.region(placed.region()).name(),
        placed.item(),
        placed.action(),
        placed.detail().text(),
        placed.detail().owners(),
        placed.detail().target().orElseThrow(),
        placed.detail().daysOverdue(asOf));
  }

  private List<OverdueActionView> read(Query query) {
    var asOf = query.asOf().orElseGet(clock::today);
    Names names = new Names(directory);
    var region = query.region().map(name -> directory.region(name).id());
    List<OverdueActionView> overdue = new ArrayList<>();
    for (var placed :
        actions.targetedBefore(
            new ActionSummaries.Targeted(region, OPEN, YearMonth.from(asOf), query.limit()))) {
      if (!placed.detail().isOverdue(asOf)) {
        continue;
      }
      overdue.add(view(placed, names, asOf));
    }
    overdue.sort(Comparator.comparingLong(OverdueActionView::daysOverdue).reversed());
    return overdue;
  }
}
