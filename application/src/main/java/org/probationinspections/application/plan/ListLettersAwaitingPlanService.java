package org.probationinspections.application.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.LetterAwaitingPlanView;
import org.probationinspections.application.plan.port.in.ListLettersAwaitingPlanUseCase;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ActionSummaries.LetterKey;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.domain.review.ReviewId;

/**
 * The letters awaiting a plan: their keys from the store (one more than the page, to know whether a
 * page follows), then the page's letters only, each dated by the plan-due clock.
 */
record ListLettersAwaitingPlanService(
    ActionSummaries summaries,
    ReviewRepository reviews,
    Directory directory,
    PlanDueClock dueClock,
    Clock clock,
    UnitOfWork unitOfWork)
    implements ListLettersAwaitingPlanUseCase {

  @Override
  public CursorPage<LetterAwaitingPlanView> page(Query query) {
    CursorPage.Request page = query.page();
    Optional<LetterKey> after = page.cursor().map(ListLettersAwaitingPlanService::key);
    return unitOfWork.reading(
        () -> {
          LocalDate asOf = query.asOf().orElseGet(clock::today);
          Names names = new Names(directory);
          List<LetterKey> keys =
              summaries.lettersWithoutPlan(Optional.empty(), after, page.limit() + 1);
          List<LetterKey> shown = keys.subList(0, Math.min(page.limit(), keys.size()));
          List<LetterAwaitingPlanView> views =
              shown.stream()
                  .map(key -> reviews.findById(key.id()))
                  .flatMap(Optional::stream)
                  .map(
                      review ->
                          new LetterAwaitingPlanView(
                              review.id().value(),
                              review.regionId().value(),
                              names.region(review.regionId()).name(),
                              review.date(),
                              review.inspections().size(),
                              dueClock.due(review.date()),
                              Math.max(0, dueClock.daysLate(review.date(), asOf))))
                  .toList();
          Optional<String> next =
              keys.size() > page.limit()
                  ? Optional.of(cursor(shown.get(shown.size() - 1)))
                  : Optional.empty();
          return new CursorPage<>(views, next);
        });
  }

  private static String cursor(LetterKey key) {
    return CursorPage.encode(key.date().toString(), key.id().value());
  }

  private static LetterKey key(String cursor) {
    return CursorPage.decode(
        cursor,
        2,
        fields -> new LetterKey(LocalDate.parse(fields.get(0)), new ReviewId(fields.get(1))));
  }
}
