package org.probationinspections.application.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.plan.port.in.AwaitingJudgementView;
import org.probationinspections.application.plan.port.in.ListMyActionsUseCase;
import org.probationinspections.application.plan.port.in.MyActionView;
import org.probationinspections.application.plan.port.in.MyActionsView;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ActionSummaries.ActionKey;
import org.probationinspections.application.port.out.ActionSummaries.ItemKey;
import org.probationinspections.application.port.out.ActionSummaries.PlacedAction;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.unit.RegionId;

/**
 * A person's actions, read from the store a page at a time for each of the person's regions (a
 * provider answers for a few) and merged in the store's order: earliest target month first, then
 * plan, item and action. The actions due this month or overdue are the open ones targeted before
 * next month.
 */
record ListMyActionsService(
    ActionSummaries summaries,
    AwaitingItems items,
    Directory directory,
    CurrentActor actor,
    Clock clock,
    UnitOfWork unitOfWork)
    implements ListMyActionsUseCase {

  /** Items awaiting judgement shown with the actions, at most. */
  static final int AWAITING_SHOWN = 50;

  private static final Comparator<ActionKey> ACTION_ORDER =
      Comparator.comparing(ActionKey::target)
          .thenComparing(key -> key.plan().value())
          .thenComparingInt(ActionKey::item)
          .thenComparingInt(ActionKey::action);

  private static final Comparator<ItemKey> ITEM_ORDER =
      Comparator.comparing((ItemKey key) -> key.plan().value()).thenComparingInt(ItemKey::item);

  @Override
  public MyActionsView page(Query query) {
    Set<RegionId> regions = actor.actor().regions();
    Optional<ActionKey> after = query.page().cursor().map(ActionCursors::key);
    return unitOfWork.reading(
        () -> {
          LocalDate asOf = query.asOf().orElseGet(clock::today);
          YearMonth month = YearMonth.from(asOf);
          Names names = new Names(directory);
          int limit = query.page().limit();
          Set<ActionStatus> statuses =
              query
                  .status()
                  .map(EnumSet::of)
                  .orElse(EnumSet.copyOf(ListOverdueActionsService.OPEN));
          List<PlacedAction> read = new ArrayList<>();
          for (RegionId region : regions) {
            read.addAll(
                summaries.targetedBefore(
                    new ActionSummaries.Targeted(
                        Optional.of(region),
                        statuses,
                        month.plusMonths(1),
                        after,
                        limit + 1,
                        query.owner())));
          }
          read.sort(Comparator.comparing(PlacedAction::key, ACTION_ORDER));
          List<PlacedAction> shown = read.subList(0, Math.min(limit, read.size()));
          List<MyActionView> actions =
              shown.stream().map(placed -> view(placed, names, asOf)).toList();
          Optional<String> next =
              read.size() > limit
                  ? Optional.of(ActionCursors.cursor(shown.get(shown.size() - 1).key()))
                  : Optional.empty();
          List<ItemKey> awaiting = new ArrayList<>();
          for (RegionId region : regions) {
            awaiting.addAll(
                summaries.awaitingJudgement(
                    Optional.of(region), Optional.empty(), AWAITING_SHOWN + 1));
          }
          awaiting.sort(ITEM_ORDER);
          List<AwaitingJudgementView> shownAwaiting =
              items.views(awaiting.stream().limit(AWAITING_SHOWN).toList(), names);
          return new MyActionsView(
              regions.stream().map(id -> names.region(id).name()).sorted().toList(),
              month,
              actions,
              next,
              shownAwaiting,
              awaiting.size() > AWAITING_SHOWN);
        });
  }

  private static MyActionView view(PlacedAction placed, Names names, LocalDate asOf) {
    return new MyActionView(
        placed.plan().value(),
        names.region(placed.region()).name(),
        placed.item(),
        placed.action(),
        placed.detail().text(),
        placed.detail().owners(),
        placed.detail().target().orElseThrow(),
        placed.detail().status(),
        placed.detail().isOverdue(asOf) ? placed.detail().daysOverdue(asOf) : 0);
  }
}
