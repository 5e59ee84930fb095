package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.plan.port.in.AwaitingJudgementView;
import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.plan.port.in.ListMyActionsUseCase;
import org.probationinspections.application.plan.port.in.MyActionView;
import org.probationinspections.application.plan.port.in.MyActionsView;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.unit.RegionId;

/**
 * My actions, read through the use case over the in-memory adapter: the North West plan on {@link
 * TestWorld#TODAY} (15 March 2024) has three actions overdue (targets September, October and
 * December 2023), one due later (September 2024), and item 5, whose one action is completed, awaits
 * the inspectorate's judgement. Each test adds an action due in March 2024.
 */
class MyActionsUseCaseTest extends NorthWestWebTest {

  @BeforeEach
  void addAnActionDueThisMonth() {
    NorthWestFixture.addAction(
        world.services,
        nw,
        1,
        "Review the training's take-up",
        "Head of PDU",
        YearMonth.of(2024, 3));
  }

  private void actAsProviderOf(RegionId... regions) {
    world.actAs(Actor.user("pat", Role.PROVIDER, Set.of(regions)));
  }

  private MyActionsView mine(
      Optional<String> owner, Optional<ActionStatus> status, CursorPage.Request page) {
    return world
        .services
        .listMyActions()
        .page(new ListMyActionsUseCase.Query(Optional.empty(), owner, status, page));
  }

  private MyActionsView mine() {
    return mine(Optional.empty(), Optional.empty(), CursorPage.Request.first(50));
  }

  private static List<String> places(MyActionsView view) {
    return view.actions().stream().map(a -> a.item() + "." + a.action()).toList();
  }

  @Test
  void aProvider_seesTheirRegionsActionsDueThisMonthOrOverdue_earliestTargetFirst() {
    actAsProviderOf(nw.region);

    MyActionsView view = mine();

    assertEquals(List.of("North West"), view.regions());
    assertEquals(YearMonth.of(2024, 3), view.month());
    assertEquals(List.of("1.1", "3.1", "2.1", "1.3"), places(view));
    MyActionView first = view.actions().get(0);
    assertEquals(nw.plan.value(), first.planId());
    assertEquals("North West", first.region());
    assertEquals(List.of("Head of PDU"), first.owners());
    assertEquals(YearMonth.of(2023, 9), first.target());
    assertEquals(ActionStatus.PLANNED, first.status());
    assertEquals(167, first.daysOverdue(), "30 September 2023 to 15 March 2024");
    assertTrue(first.overdue());
    MyActionView dueNow = view.actions().get(3);
    assertEquals(YearMonth.of(2024, 3), dueNow.target());
    assertFalse(dueNow.overdue(), "due this month, not overdue");
    assertEquals(Optional.empty(), view.next());
  }

  @Test
  void theItemsWithEveryActionDone_awaitJudgement_untilTheInspectorateJudgesThem() {
    actAsProviderOf(nw.region);
    assertEquals(
        List.of(new AwaitingJudgementView(nw.plan.value(), "North West", 5, 1)), mine().awaiting());

    world.actAs(Actor.system("test set-up"));
    world
        .services
        .judgeFollowUp()
        .judge(
            new JudgeFollowUpUseCase.Command(
                nw.plan, 5, FollowUpJudgement.GOOD_PROGRESS, "", true, "HM Inspector"));
    actAsProviderOf(nw.region);

    assertEquals(List.of(), mine().awaiting());
    assertFalse(mine().moreAwaiting());
  }

  @Test
  void filteredByOwnerOrStatus_keepsTheActionsThatMatch() {
    nw.report(
        world.services,
        new ActionRef(2, 1),
        ActionStatus.IN_PROGRESS,
        "Tool chosen",
        "Head of PDU");
    actAsProviderOf(nw.region);
    CursorPage.Request first = CursorPage.Request.first(50);

    assertEquals(
        List.of("3.1"),
        places(mine(Optional.of("Regional Probation Director"), Optional.empty(), first)));
    assertEquals(
        List.of("1.1", "2.1", "1.3"),
        places(mine(Optional.of("Head of PDU"), Optional.empty(), first)));
    assertEquals(
        List.of("2.1"),
        places(mine(Optional.empty(), Optional.of(ActionStatus.IN_PROGRESS), first)));
    assertEquals(
        List.of("1.1", "3.1", "1.3"),
        places(mine(Optional.empty(), Optional.of(ActionStatus.PLANNED), first)));
    assertThrows(
        InvalidValueException.class,
        () -> mine(Optional.empty(), Optional.of(ActionStatus.COMPLETED), first));
  }

  @Test
  void readAPageAtATime_thePagesFollowOnWithoutGapOrRepeat() {
    actAsProviderOf(nw.region);

    MyActionsView page1 = mine(Optional.empty(), Optional.empty(), CursorPage.Request.first(3));
    assertEquals(List.of("1.1", "3.1", "2.1"), places(page1));
    assertTrue(page1.next().isPresent());
    MyActionsView page2 =
        mine(Optional.empty(), Optional.empty(), new CursorPage.Request(page1.next(), 3));
    assertEquals(List.of("1.3"), places(page2));
    assertEquals(Optional.empty(), page2.next());
  }

  @Test
  void aProviderOfAnotherRegion_seesNoneOfTheNorthWest_andAnInspectorAnswersForNoRegion() {
    RegionId northEast =
        new RegionId(
            world.services.listRegions().list().stream()
                .filter(region -> region.name().equals("North East"))
                .findFirst()
                .orElseThrow()
                .id());
    actAsProviderOf(northEast);
    MyActionsView theirs = mine();
    assertEquals(List.of("North East"), theirs.regions());
    assertEquals(List.of(), theirs.actions());
    assertEquals(List.of(), theirs.awaiting());

    actAsProviderOf(northEast, nw.region);
    assertEquals(List.of("North East", "North West"), mine().regions());
    assertEquals(List.of("1.1", "3.1", "2.1", "1.3"), places(mine()));

    world.actAs(Actor.user("ian", Role.INSPECTOR, Set.of()));
    assertEquals(List.of(), mine().regions());
    assertEquals(List.of(), mine().actions());
  }
}
