package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;
import static org.probationinspections.persistence.Fixtures.assertSamePlan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;

/**
 * The action plans: a round trip of every item, answer, action, owner, progress update, revision
 * and follow-up; the order of submission; optimistic locking.
 */
abstract class ActionPlanRepositoryContract extends StoreContract {

  @Test
  void actionPlan_savedAndFound_keepsEveryItemAnswerActionOwnerProgressAndRevision() {
    saveUnits();
    ActionPlan plan = savedPlan("plan-nw", LocalDate.of(2023, 8, 1));

    ActionPlan found = store.actionPlans().findById(plan.id()).orElseThrow();

    assertSamePlan(plan, found);
    assertEquals(1, found.version());
    assertEquals(2, found.item(1).answers().size());
    assertEquals(2, found.action(new ActionRef(1, 1)).owners().size());
    assertEquals(2, found.action(new ActionRef(1, 1)).progress().size());
    assertEquals(
        Optional.of(YearMonth.of(2023, 9)), found.action(new ActionRef(1, 1)).originalTarget());
    assertEquals(plan.item(2).followUps(), found.item(2).followUps());
    assertEquals(1, found.item(2).followUps().size());
  }

  @Test
  void actionPlanWithoutReviewOrSummary_savedAndFound_keepsTheAbsence() {
    saveUnits();
    Inspection a = savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    ActionPlan plan =
        ActionPlan.draft(
            ActionPlanId.newId(), NORTH_WEST.id(), Optional.empty(), LocalDate.of(2023, 1, 9));
    plan.respond(
        List.of(new org.probationinspections.domain.plan.RecommendationRef(a.id(), 1)),
        org.probationinspections.domain.plan.Response.AGREED,
        Optional.empty(),
        "");

    store.actionPlans().save(plan);

    assertSamePlan(plan, store.actionPlans().findById(plan.id()).orElseThrow());
  }

  @Test
  void actionPlans_areOrderedNewestSubmissionFirst_andByRegion() {
    saveUnits();
    savedPlan("older", LocalDate.of(2022, 8, 1));
    savedPlan("newer", LocalDate.of(2023, 8, 1));

    assertEquals(
        List.of("newer", "older"), ids(store.actionPlans().findAll(), p -> p.id().value()));
    assertEquals(2, store.actionPlans().findByRegion(NORTH_WEST.id()).size());
    assertEquals(List.of(), store.actionPlans().findByRegion(NORTH_EAST.id()));
    assertEquals(Optional.empty(), store.actionPlans().findById(new ActionPlanId("unknown")));
  }

  @Test
  void givenStaleCopy_save_isRefusedWithConflict() {
    saveUnits();
    ActionPlan plan = savedPlan("plan-nw", LocalDate.of(2023, 8, 1));
    ActionPlan first = store.actionPlans().findById(plan.id()).orElseThrow();
    ActionPlan second = store.actionPlans().findById(plan.id()).orElseThrow();
    first.reportProgress(
        new ActionRef(2, 1),
        new ProgressUpdate(LocalDate.of(2023, 9, 30), ActionStatus.COMPLETED, "Recruited", "RPD"));
    second.note("a change made from a stale copy");

    assertEquals(2, store.actionPlans().save(first));
    ConflictException refusal =
        assertThrows(ConflictException.class, () -> store.actionPlans().save(second));

    assertTrue(refusal.getMessage().contains("Action plan plan-nw"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("read version 1"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("stored version 2"), refusal.getMessage());
    ActionPlan stored = store.actionPlans().findById(plan.id()).orElseThrow();
    assertSamePlan(first, stored);
    assertEquals(2, stored.version());
    assertEquals(ActionStatus.COMPLETED, stored.action(new ActionRef(2, 1)).status());
  }
}
