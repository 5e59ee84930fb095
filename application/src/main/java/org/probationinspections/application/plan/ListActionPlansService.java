package org.probationinspections.application.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.ListActionPlansUseCase;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ActionSummaries.PlanKey;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.Remembered;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;

/** Action plans with their counts, newest first. */
record ListActionPlansService(
    PlanViews views,
    ActionSummaries summaries,
    ReviewRepository reviews,
    InspectionSummaries inspectionSummaries,
    UnitOfWork unitOfWork,
    Remembered<List<Object>, CursorPage<ActionPlanOverview>> pages)
    implements ListActionPlansUseCase {

  /**
   * A page kept until the next audited change (ADR 32), else read: the keys of the page's plans
   * (and one more, to know whether a page follows) from the store, then those plans, their letters
   * and the recommendation numbers of the inspections they answer, each read for the whole page at
   * once, in one read-only unit of work.
   */
  @Override
  public CursorPage<ActionPlanOverview> page(Optional<String> region, CursorPage.Request page) {
    return pages.answer(List.of(region, page, views.clock().today()), () -> read(region, page));
  }

  private CursorPage<ActionPlanOverview> read(Optional<String> region, CursorPage.Request page) {
    Optional<PlanKey> after = page.cursor().map(ListActionPlansService::key);
    return unitOfWork.reading(
        () -> {
          Names names = new Names(views.directory());
          var regionId = region.map(name -> views.directory().region(name).id());
          List<PlanKey> keys = summaries.plans(regionId, after, page.limit() + 1);
          List<PlanKey> shown = keys.subList(0, Math.min(page.limit(), keys.size()));
          List<ActionPlan> plans =
              views.plans().findByIds(shown.stream().map(PlanKey::id).toList());
          Map<ActionPlan, List<InspectionId>> scopes = scopes(plans);
          Map<InspectionId, List<Integer>> numbers =
              inspectionSummaries.recommendationNumbers(
                  scopes.values().stream().flatMap(List::stream).toList());
          LocalDate today = views.clock().today();
          List<ActionPlanOverview> items = new ArrayList<>();
          for (ActionPlan plan : plans) {
            List<RecommendationRef> expected = new ArrayList<>();
            for (InspectionId inspection : scopes.get(plan)) {
              numbers
                  .getOrDefault(inspection, List.of())
                  .forEach(number -> expected.add(new RecommendationRef(inspection, number)));
            }
            items.add(
                ActionPlanDocuments.overview(plan, names.region(plan.regionId()), expected, today));
          }
          Optional<String> next =
              keys.size() > page.limit()
                  ? Optional.of(cursor(shown.get(shown.size() - 1)))
                  : Optional.empty();
          return new CursorPage<>(items, next);
        });
  }

  /**
   * The inspections each plan answers for: the one it names, its letter's (the letters read
   * together), or for a plan that names neither the latest of each unit of its region.
   */
  private Map<ActionPlan, List<InspectionId>> scopes(List<ActionPlan> plans) {
    Map<ReviewId, RegionalReview> letters = new HashMap<>();
    reviews
        .findByIds(
            plans.stream().map(ActionPlan::reviewId).flatMap(Optional::stream).distinct().toList())
        .forEach(letter -> letters.put(letter.id(), letter));
    Map<ActionPlan, List<InspectionId>> scopes = new java.util.IdentityHashMap<>();
    for (ActionPlan plan : plans) {
      List<InspectionId> scope;
      if (plan.inspectionId().isPresent()) {
        scope = List.of(plan.inspectionId().get());
      } else if (plan.reviewId().isPresent()) {
        RegionalReview letter = letters.get(plan.reviewId().get());
        scope = letter == null ? List.of() : letter.inspections();
      } else {
        scope = views.scope().inspections(plan).stream().map(Inspection::id).toList();
      }
      scopes.put(plan, scope);
    }
    return scopes;
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
