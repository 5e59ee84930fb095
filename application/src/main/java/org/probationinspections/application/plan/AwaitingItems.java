package org.probationinspections.application.plan;

import java.util.Optional;
import org.probationinspections.application.plan.port.in.AwaitingJudgementView;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ActionSummaries.ItemKey;
import org.probationinspections.application.shared.Names;

/** Shows an item the store found awaiting judgement, from its plan. */
record AwaitingItems(ActionPlanRepository plans) {

  /** The item as a view; empty when its plan or item is no longer there. */
  Optional<AwaitingJudgementView> view(ItemKey key, Names names) {
    return plans
        .findById(key.plan())
        .flatMap(
            plan ->
                plan.items().stream()
                    .filter(item -> item.number() == key.item())
                    .findFirst()
                    .map(
                        item ->
                            new AwaitingJudgementView(
                                plan.id().value(),
                                names.region(plan.regionId()).name(),
                                item.number(),
                                item.actions().size())));
  }
}
