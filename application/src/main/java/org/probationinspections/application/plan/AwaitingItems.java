package org.probationinspections.application.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.plan.port.in.AwaitingJudgementView;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ActionSummaries.ItemKey;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;

/** Shows the items the store found awaiting judgement, from their plans. */
record AwaitingItems(ActionPlanRepository plans) {

  /**
   * The items as views, in the order given, their plans read together (each once, however many of
   * its items are listed); an item whose plan or item is no longer there is left out.
   */
  List<AwaitingJudgementView> views(List<ItemKey> keys, Names names) {
    Map<ActionPlanId, ActionPlan> byId = new HashMap<>();
    plans
        .findByIds(keys.stream().map(ItemKey::plan).distinct().toList())
        .forEach(plan -> byId.put(plan.id(), plan));
    List<AwaitingJudgementView> views = new ArrayList<>();
    for (ItemKey key : keys) {
      ActionPlan plan = byId.get(key.plan());
      if (plan == null) {
        continue;
      }
      plan.items().stream()
          .filter(item -> item.number() == key.item())
          .findFirst()
          .map(
              item ->
                  new AwaitingJudgementView(
                      plan.id().value(),
                      names.region(plan.regionId()).name(),
                      item.number(),
                      item.actions().size()))
          .ifPresent(views::add);
    }
    return views;
  }
}
