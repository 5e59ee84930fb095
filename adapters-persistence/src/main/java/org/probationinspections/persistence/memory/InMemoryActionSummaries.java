package org.probationinspections.persistence.memory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.unit.RegionId;

/** Tallies and lists of the actions held in memory, as the port says. */
public final class InMemoryActionSummaries implements ActionSummaries {

  private final InMemoryStore store;

  public InMemoryActionSummaries(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public List<StatusTally> tally(Optional<RegionId> region) {
    return store.read(
        t -> {
          record Key(ActionStatus status, Optional<YearMonth> target) {}
          Map<Key, Integer> counts = new LinkedHashMap<>();
          for (ActionPlan plan : plans(t, region)) {
            for (ActionPlanItem item : plan.items()) {
              for (Action action : item.actions()) {
                counts.merge(new Key(action.status(), action.target()), 1, Integer::sum);
              }
            }
          }
          List<StatusTally> tallies = new ArrayList<>();
          counts.forEach(
              (key, count) -> tallies.add(new StatusTally(key.status(), key.target(), count)));
          return tallies;
        });
  }

  @Override
  public List<PlanKey> plans(Optional<RegionId> region, Optional<PlanKey> after, int limit) {
    return store.read(
        t ->
            plans(t, region).stream()
                .map(plan -> new PlanKey(plan.submitted(), plan.id()))
                .sorted(PLAN_ORDER)
                .filter(key -> after.isEmpty() || PLAN_ORDER.compare(key, after.get()) > 0)
                .limit(limit)
                .toList());
  }

  private static final Comparator<PlanKey> PLAN_ORDER =
      Comparator.comparing(PlanKey::submitted).reversed().thenComparing(key -> key.id().value());

  private static final Comparator<ActionKey> ACTION_ORDER =
      Comparator.comparing(ActionKey::target)
          .thenComparing(key -> key.plan().value())
          .thenComparingInt(ActionKey::item)
          .thenComparingInt(ActionKey::action);

  @Override
  public List<PlacedAction> targetedBefore(Targeted query) {
    return store.read(
        t -> {
          List<PlacedAction> found = new ArrayList<>();
          for (ActionPlan plan : plans(t, query.region())) {
            for (ActionPlanItem item : plan.items()) {
              for (int index = 0; index < item.actions().size(); index++) {
                Action action = item.actions().get(index);
                if (query.statuses().contains(action.status())
                    && query.owner().map(action.owners()::contains).orElse(true)
                    && action.target().isPresent()
                    && action.target().get().isBefore(query.before())) {
                  found.add(
                      new PlacedAction(
                          plan.id(),
                          plan.regionId(),
                          item.number(),
                          index + 1,
                          new Action(
                              action.text(),
                              action.owners(),
                              action.target(),
                              action.status(),
                              List.of(),
                              List.of())));
                }
              }
            }
          }
          found.removeIf(
              placed ->
                  query.after().isPresent()
                      && ACTION_ORDER.compare(placed.key(), query.after().get()) <= 0);
          found.sort(Comparator.comparing(PlacedAction::key, ACTION_ORDER));
          return List.copyOf(found.subList(0, Math.min(query.limit(), found.size())));
        });
  }

  private static final Comparator<ItemKey> ITEM_ORDER =
      Comparator.comparing((ItemKey key) -> key.plan().value()).thenComparingInt(ItemKey::item);

  @Override
  public List<ItemKey> awaitingJudgement(
      Optional<RegionId> region, Optional<ItemKey> after, int limit) {
    return store.read(
        t ->
            plans(t, region).stream()
                .flatMap(
                    plan ->
                        plan.items().stream()
                            .filter(ActionPlanItem::awaitsJudgement)
                            .map(item -> new ItemKey(plan.id(), item.number())))
                .filter(key -> after.isEmpty() || ITEM_ORDER.compare(key, after.get()) > 0)
                .sorted(ITEM_ORDER)
                .limit(limit)
                .toList());
  }

  private static final Comparator<LetterKey> LETTER_ORDER =
      Comparator.comparing(LetterKey::date).thenComparing(key -> key.id().value());

  @Override
  public List<LetterKey> lettersWithoutPlan(
      Optional<RegionId> region, Optional<LetterKey> after, int limit) {
    return store.read(
        t -> {
          java.util.Set<org.probationinspections.domain.review.ReviewId> answered =
              new java.util.HashSet<>();
          t.plans.values().forEach(plan -> plan.reviewId().ifPresent(answered::add));
          return t.reviews.values().stream()
              .filter(review -> region.isEmpty() || review.regionId().equals(region.get()))
              .filter(review -> !answered.contains(review.id()))
              .map(review -> new LetterKey(review.date(), review.id()))
              .filter(key -> after.isEmpty() || LETTER_ORDER.compare(key, after.get()) > 0)
              .sorted(LETTER_ORDER)
              .limit(limit)
              .toList();
        });
  }

  private static List<ActionPlan> plans(InMemoryStore.Tables t, Optional<RegionId> region) {
    return t.plans.values().stream()
        .filter(plan -> region.isEmpty() || plan.regionId().equals(region.get()))
        .toList();
  }
}
