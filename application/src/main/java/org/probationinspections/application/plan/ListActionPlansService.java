package org.probationinspections.application.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.ListActionPlansUseCase;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ActionSummaries.PlanKey;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.ActionPlanId;

/** Action plans with their counts, newest first. */
record ListActionPlansService(PlanViews views, ActionSummaries summaries, UnitOfWork unitOfWork)
    implements ListActionPlansUseCase {

  /**
   * The keys of the page's plans (and one more, to know whether a page follows) from the store,
   * then those plans only, in one read-only unit of work.
   */
  @Override
  public CursorPage<ActionPlanOverview> page(Optional<String> region, CursorPage.Request page) {
    Optional<PlanKey> after = page.cursor().map(ListActionPlansService::key);
    return unitOfWork.reading(
        () -> {
          Names names = new Names(views.directory());
          var regionId = region.map(name -> views.directory().region(name).id());
          List<PlanKey> keys = summaries.plans(regionId, after, page.limit() + 1);
          List<PlanKey> shown = keys.subList(0, Math.min(page.limit(), keys.size()));
          List<ActionPlanOverview> items =
              shown.stream()
                  .map(key -> views.plans().findById(key.id()))
                  .flatMap(Optional::stream)
                  .map(plan -> views.show(plan, names, ActionPlanDocuments::overview))
                  .toList();
          Optional<String> next =
              keys.size() > page.limit()
                  ? Optional.of(cursor(shown.get(shown.size() - 1)))
                  : Optional.empty();
          return new CursorPage<>(items, next);
        });
  }

  private static String cursor(PlanKey key) {
    return CursorPage.encode(key.submitted().toString(), key.id().value());
  }

  private static PlanKey key(String cursor) {
    return CursorPage.decode(
        cursor,
        2,
        fields -> new PlanKey(LocalDate.parse(fields.get(0)), new ActionPlanId(fields.get(1))));
  }

  @Override
  public List<ActionPlanOverview> list(Optional<String> region) {
    return views.all(region, ActionPlanDocuments::overview);
  }
}
