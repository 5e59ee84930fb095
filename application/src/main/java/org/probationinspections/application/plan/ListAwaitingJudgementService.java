package org.probationinspections.application.plan;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.AwaitingJudgementView;
import org.probationinspections.application.plan.port.in.ListAwaitingJudgementUseCase;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ActionSummaries.ItemKey;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.ActionPlanId;

/**
 * The items awaiting judgement: their keys from the store (one more than the page, to know whether
 * a page follows), then the plans of the page's items only.
 */
record ListAwaitingJudgementService(
    ActionSummaries summaries, AwaitingItems items, Directory directory, UnitOfWork unitOfWork)
    implements ListAwaitingJudgementUseCase {

  @Override
  public CursorPage<AwaitingJudgementView> page(CursorPage.Request page) {
    Optional<ItemKey> after = page.cursor().map(ListAwaitingJudgementService::key);
    return unitOfWork.reading(
        () -> {
          Names names = new Names(directory);
          List<ItemKey> keys =
              summaries.awaitingJudgement(Optional.empty(), after, page.limit() + 1);
          List<ItemKey> shown = keys.subList(0, Math.min(page.limit(), keys.size()));
          List<AwaitingJudgementView> views = items.views(shown, names);
          Optional<String> next =
              keys.size() > page.limit()
                  ? Optional.of(cursor(shown.get(shown.size() - 1)))
                  : Optional.empty();
          return new CursorPage<>(views, next);
        });
  }

  private static String cursor(ItemKey key) {
    return CursorPage.encode(key.plan().value(), "" + key.item());
  }

  private static ItemKey key(String cursor) {
    return CursorPage.decode(
        cursor,
        2,
        fields -> new ItemKey(new ActionPlanId(fields.get(0)), Integer.parseInt(fields.get(1))));
  }
}
