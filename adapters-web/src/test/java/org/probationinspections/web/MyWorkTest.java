package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.get;
import static org.probationinspections.web.WebTestClient.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.plan.port.in.AwaitingJudgementView;
import org.probationinspections.application.plan.port.in.LetterAwaitingPlanView;
import org.probationinspections.application.plan.port.in.ListLettersAwaitingPlanUseCase;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.review.ReviewId;

/**
 * An inspector's work, through the use cases over the in-memory adapter and on {@code /my-work}:
 * the items of every plan awaiting a judgement (the North West plan's item 5 has its one action
 * completed) and the letters no plan answers (the North West letter of July 2023 has its plan; each
 * test that needs more publishes them), on {@link TestWorld#TODAY}, 15 March 2024.
 */
class MyWorkTest extends NorthWestWebTest {

  private ReviewId letter(LocalDate date) {
    return world
        .services
        .publishRegionalReview()
        .publish(
            new PublishRegionalReviewUseCase.Command(
                "North West", date, List.of(nw.knowsleyInspection), List.of()));
  }

  private CursorPage<LetterAwaitingPlanView> letters(CursorPage.Request page) {
    return world
        .services
        .listLettersAwaitingPlan()
        .page(new ListLettersAwaitingPlanUseCase.Query(Optional.empty(), page));
  }

  @Test
  void itemsAwaitingJudgement_areEveryRegions_byPlanAndItem_aPageAtATime() {
    assertEquals(
        List.of(new AwaitingJudgementView(nw.plan.value(), "North West", 5, 1)),
        world.services.listAwaitingJudgement().page(CursorPage.Request.first(50)).items());
    nw.report(
        world.services,
        new ActionRef(3, 1),
        ActionStatus.COMPLETED,
        "Protocol signed",
        "Regional Probation Director");

    var first = world.services.listAwaitingJudgement().page(CursorPage.Request.first(1));
    assertEquals(List.of(3), first.items().stream().map(AwaitingJudgementView::item).toList());
    var second =
        world.services.listAwaitingJudgement().page(new CursorPage.Request(first.next(), 1));
    assertEquals(List.of(5), second.items().stream().map(AwaitingJudgementView::item).toList());
    assertEquals(Optional.empty(), second.next());
  }

  @Test
  void lettersAwaitingAPlan_oldestFirst_withTheDayThePlanIsDueBy() {
    assertEquals(List.of(), letters(CursorPage.Request.first(50)).items(), "answered by its plan");
    ReviewId late = letter(LocalDate.of(2024, 3, 1));
    ReviewId early = letter(LocalDate.of(2024, 1, 10));

    var first = letters(CursorPage.Request.first(1));
    assertEquals(
        List.of(
            new LetterAwaitingPlanView(
                early.value(),
                nw.region.value(),
                "North West",
                LocalDate.of(2024, 1, 10),
                1,
                LocalDate.of(2024, 2, 21),
                23)),
        first.items());
    var second = letters(new CursorPage.Request(first.next(), 1));
    assertEquals(late.value(), second.items().get(0).reviewId());
    assertEquals(0, second.items().get(0).daysPastDue(), "due on 12 April 2024");
    assertEquals(Optional.empty(), second.next());
  }

  @Test
  void myWork_listsBoth_linkedToTheItemAndTheLetter_andTheDashboardLinksItForTheInspectorate() {
    ReviewId early = letter(LocalDate.of(2024, 1, 10));
    String inspector = world.tokenFor("ian", Role.INSPECTOR);
    web.as(
        inspector,
        client -> {
          page(
              get(client, "/my-work", null),
              200,
              "My work",
              "Action plans awaiting a judgement",
              "href=\"/action-plans/" + nw.plan.value() + "#item-5\"",
              "Awaiting judgement",
              "Regional letters awaiting a plan",
              "href=\"/reviews/" + early.value() + "\"",
              "Letter of 2024-01-10",
              "2024-02-21",
              "23 days past due",
              "govuk-breadcrumbs");
          assertTrue(page(get(client, "/", null), 200).contains("href=\"/my-work\""));
        });
    web.asAdministrator(
        client -> assertTrue(page(get(client, "/", null), 200).contains("href=\"/my-work\"")));
    String reader = world.tokenFor("rita", Role.READER);
    web.as(
        reader,
        client -> assertFalse(page(get(client, "/", null), 200).contains("href=\"/my-work\"")));
  }
}
