package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUp;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.unit.RegionId;

/**
 * The summaries of actions: the tally by status and target, and the actions targeted before a
 * month.
 */
abstract class ActionSummariesContract extends StoreContract {

  /** The tally of a single action with this status and target. */
  private static ActionSummaries.StatusTally oneAction(
      ActionStatus status, Optional<YearMonth> target) {
    return new ActionSummaries.StatusTally(status, target, 1);
  }

  /** Asserts the tally of every region's actions, in any order. */
  private void assertTallyOfAll(ActionSummaries.StatusTally... expected) {
    assertEquals(Set.of(expected), Set.copyOf(store.actionSummaries().tally(Optional.empty())));
  }

  @Test
  void actionSummaries_tallyByStatusAndTarget_perRegionOrAll() {
    saveUnits();
    savedPlan("plan", LocalDate.of(2023, 8, 1));

    assertTallyOfAll(
        oneAction(ActionStatus.IN_PROGRESS, Optional.of(YearMonth.of(2024, 3))),
        oneAction(ActionStatus.COMPLETED, Optional.empty()),
        oneAction(ActionStatus.PLANNED, Optional.of(YearMonth.of(2023, 9))));
    assertEquals(3, store.actionSummaries().tally(Optional.of(NORTH_WEST.id())).size());
    assertEquals(List.of(), store.actionSummaries().tally(Optional.of(NORTH_EAST.id())));
  }

  @Test
  void actionSummaries_tally_followsAChangedPlan() {
    saveUnits();
    ActionPlan plan = savedPlan("plan", LocalDate.of(2023, 8, 1));
    store.actionSummaries().tally(Optional.empty());
    ActionPlan stored = store.actionPlans().findById(plan.id()).orElseThrow();

    stored.reportProgress(
        new ActionRef(2, 1),
        new ProgressUpdate(LocalDate.of(2023, 10, 1), ActionStatus.COMPLETED, "", "Lead"));
    store.actionPlans().save(stored);

    assertTallyOfAll(
        oneAction(ActionStatus.IN_PROGRESS, Optional.of(YearMonth.of(2024, 3))),
        oneAction(ActionStatus.COMPLETED, Optional.empty()),
        oneAction(ActionStatus.COMPLETED, Optional.of(YearMonth.of(2023, 9))));
  }

  /**
   * The planned and in-progress actions targeted before {@code before}, as the store reads them.
   */
  private List<ActionSummaries.PlacedAction> openBefore(
      Optional<RegionId> region,
      YearMonth before,
      Optional<ActionSummaries.ActionKey> after,
      int limit) {
    return store
        .actionSummaries()
        .targetedBefore(
            new ActionSummaries.Targeted(
                region,
                Set.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                before,
                after,
                limit));
  }

  @Test
  void actionSummaries_targetedBefore_areEarliestTargetFirst_withOwners_upToTheLimit() {
    saveUnits();
    savedPlan("plan", LocalDate.of(2023, 8, 1));

    var found = openBefore(Optional.empty(), YearMonth.of(2024, 4), Optional.empty(), 10);

    assertEquals(
        List.of("2/1", "1/1"), found.stream().map(a -> a.item() + "/" + a.action()).toList());
    assertEquals("plan", found.get(1).plan().value());
    assertEquals(NORTH_WEST.id(), found.get(1).region());
    assertEquals(
        List.of("Head of PDU", "Head of Performance and Quality"), found.get(1).detail().owners());
    assertEquals(Optional.of(YearMonth.of(2024, 3)), found.get(1).detail().target());
    assertEquals(
        1, openBefore(Optional.empty(), YearMonth.of(2024, 3), Optional.empty(), 10).size());
    assertEquals(
        1, openBefore(Optional.empty(), YearMonth.of(2024, 4), Optional.empty(), 1).size());
    assertEquals(
        List.of(),
        openBefore(Optional.of(NORTH_EAST.id()), YearMonth.of(2024, 4), Optional.empty(), 10));
  }

  @Test
  void actionSummaries_targetedBefore_afterAKey_continueWhereThePageEnded() {
    saveUnits();
    savedPlan("plan-b", LocalDate.of(2023, 8, 1));
    savedPlan("plan-a", LocalDate.of(2023, 9, 1));
    var all = openBefore(Optional.empty(), YearMonth.of(2024, 4), Optional.empty(), 10);
    assertEquals(4, all.size());

    List<ActionSummaries.PlacedAction> walked = new ArrayList<>();
    Optional<ActionSummaries.ActionKey> after = Optional.empty();
    while (true) {
      var page = openBefore(Optional.empty(), YearMonth.of(2024, 4), after, 1);
      if (page.isEmpty()) {
        break;
      }
      walked.addAll(page);
      after = Optional.of(page.get(page.size() - 1).key());
    }

    assertEquals(keys(all), keys(walked));
    assertEquals(
        List.of("plan-a 1/1", "plan-b 1/1"),
        openBefore(Optional.of(NORTH_WEST.id()), YearMonth.of(2024, 4), after(all, 1), 10).stream()
            .map(a -> a.plan().value() + " " + a.item() + "/" + a.action())
            .toList());
  }

  @Test
  void actionSummaries_plans_newestFirstThenById_pagedByKey_perRegionOrAll() {
    saveUnits();
    savedPlan("plan-c", LocalDate.of(2023, 8, 1));
    savedPlan("plan-a", LocalDate.of(2023, 8, 1));
    savedPlan("plan-d", LocalDate.of(2023, 9, 1));
    savedPlan("plan-b", LocalDate.of(2023, 7, 1));
    store
        .actionPlans()
        .save(
            Fixtures.plan(
                "plan-e",
                NORTH_EAST,
                Optional.empty(),
                LocalDate.of(2023, 8, 1),
                new InspectionId("insp-plan-c-a"),
                new InspectionId("insp-plan-c-b")));

    List<String> walked = new ArrayList<>();
    Optional<ActionSummaries.PlanKey> after = Optional.empty();
    while (true) {
      var page = store.actionSummaries().plans(Optional.empty(), after, 2);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(key -> walked.add(key.id().value()));
      after = Optional.of(page.get(page.size() - 1));
    }

    assertEquals(List.of("plan-d", "plan-a", "plan-c", "plan-e", "plan-b"), walked);
    assertEquals(
        List.of(new ActionSummaries.PlanKey(LocalDate.of(2023, 8, 1), new ActionPlanId("plan-c"))),
        store
            .actionSummaries()
            .plans(
                Optional.of(NORTH_WEST.id()),
                Optional.of(
                    new ActionSummaries.PlanKey(
                        LocalDate.of(2023, 8, 1), new ActionPlanId("plan-a"))),
                1));
    assertEquals(
        List.of("plan-e"),
        store.actionSummaries().plans(Optional.of(NORTH_EAST.id()), Optional.empty(), 10).stream()
            .map(key -> key.id().value())
            .toList());
  }

  @Test
  void actionSummaries_targetedBefore_ofAnOwner_keepsTheActionsNamingThem_withAllTheirOwners() {
    saveUnits();
    savedPlan("plan", LocalDate.of(2023, 8, 1));

    assertEquals(List.of("1/1"), ofOwner("Head of Performance and Quality"));
    assertEquals(List.of("2/1"), ofOwner("Regional Probation Director"));
    assertEquals(List.of(), ofOwner("Head of Performance"));
    assertEquals(
        List.of("Head of PDU", "Head of Performance and Quality"),
        store
            .actionSummaries()
            .targetedBefore(
                new ActionSummaries.Targeted(
                    Optional.of(NORTH_WEST.id()),
                    Set.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                    YearMonth.of(2024, 4),
                    Optional.empty(),
                    10,
                    Optional.of("Head of Performance and Quality")))
            .get(0)
            .detail()
            .owners());
  }

  private List<String> ofOwner(String owner) {
    return store
        .actionSummaries()
        .targetedBefore(
            new ActionSummaries.Targeted(
                Optional.empty(),
                Set.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                YearMonth.of(2024, 4),
                Optional.empty(),
                10,
                Optional.of(owner)))
        .stream()
        .map(a -> a.item() + "/" + a.action())
        .toList();
  }

  @Test
  void actionSummaries_awaitingJudgement_itemsWithEveryActionDoneAndNoFollowUp_pagedByKey() {
    saveUnits();
    savedPlan("plan-b", LocalDate.of(2023, 8, 1));
    savedPlan("plan-a", LocalDate.of(2023, 9, 1));
    assertEquals(List.of(), awaiting(Optional.empty(), Optional.empty(), 10));

    // Item 1 of each plan has its last open action done; item 2 of plan-a too, but it was judged.
    completed("plan-b", new ActionRef(1, 1));
    completed("plan-a", new ActionRef(1, 1));
    completed("plan-a", new ActionRef(2, 1));

    assertEquals(
        List.of(item("plan-a", 1), item("plan-b", 1)),
        awaiting(Optional.empty(), Optional.empty(), 10));
    assertEquals(List.of(item("plan-a", 1)), awaiting(Optional.empty(), Optional.empty(), 1));
    assertEquals(
        List.of(item("plan-b", 1)),
        awaiting(Optional.of(NORTH_WEST.id()), Optional.of(item("plan-a", 1)), 10));
    assertEquals(List.of(), awaiting(Optional.of(NORTH_EAST.id()), Optional.empty(), 10));

    ActionPlan judged = store.actionPlans().findById(new ActionPlanId("plan-a")).orElseThrow();
    judged.followUp(
        1,
        new FollowUp(
            FollowUpJudgement.REASONABLE_PROGRESS,
            LocalDate.of(2024, 3, 1),
            "HM Inspector",
            "",
            false));
    store.actionPlans().save(judged);

    assertEquals(
        List.of(item("plan-b", 1)), awaiting(Optional.of(NORTH_WEST.id()), Optional.empty(), 10));
  }

  private List<ActionSummaries.ItemKey> awaiting(
      Optional<RegionId> region, Optional<ActionSummaries.ItemKey> after, int limit) {
    return store.actionSummaries().awaitingJudgement(region, after, limit);
  }

  private static ActionSummaries.ItemKey item(String plan, int number) {
    return new ActionSummaries.ItemKey(new ActionPlanId(plan), number);
  }

  private void completed(String plan, ActionRef action) {
    ActionPlan stored = store.actionPlans().findById(new ActionPlanId(plan)).orElseThrow();
    stored.reportProgress(
        action, new ProgressUpdate(LocalDate.of(2023, 10, 1), ActionStatus.COMPLETED, "", "Lead"));
    store.actionPlans().save(stored);
  }

  @Test
  void actionSummaries_lettersWithoutPlan_oldestFirst_pagedByKey_perRegionOrAll() {
    saveUnits();
    savedPlan("plan", LocalDate.of(2023, 8, 1));
    var inspection =
        savedInspection("insp-unanswered", Fixtures.KNOWSLEY, LocalDate.of(2023, 1, 9));
    for (String[] letter :
        new String[][] {{"review-late", "2023-11-01"}, {"review-early", "2023-10-01"}}) {
      store
          .reviews()
          .save(
              Fixtures.review(
                  letter[0], NORTH_WEST, LocalDate.parse(letter[1]), List.of(inspection.id())));
    }

    assertEquals(
        List.of("review-early", "review-late"), letters(Optional.empty(), Optional.empty(), 10));
    assertEquals(List.of("review-early"), letters(Optional.empty(), Optional.empty(), 1));
    assertEquals(
        List.of("review-late"),
        letters(
            Optional.of(NORTH_WEST.id()),
            Optional.of(
                new ActionSummaries.LetterKey(
                    LocalDate.of(2023, 10, 1),
                    new org.probationinspections.domain.review.ReviewId("review-early"))),
            10));
    assertEquals(List.of(), letters(Optional.of(NORTH_EAST.id()), Optional.empty(), 10));
  }

  private List<String> letters(
      Optional<RegionId> region, Optional<ActionSummaries.LetterKey> after, int limit) {
    return store.actionSummaries().lettersWithoutPlan(region, after, limit).stream()
        .map(key -> key.id().value())
        .toList();
  }

  private static Optional<ActionSummaries.ActionKey> after(
      List<ActionSummaries.PlacedAction> actions, int index) {
    return Optional.of(actions.get(index).key());
  }

  private static List<String> keys(List<ActionSummaries.PlacedAction> actions) {
    return actions.stream().map(a -> a.plan().value() + " " + a.item() + "/" + a.action()).toList();
  }
}
