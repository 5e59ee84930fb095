package org.probationinspections.application.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.shared.RecordTypes;
import org.probationinspections.application.testing.DirectUnitOfWork;
import org.probationinspections.application.testing.FixedClock;
import org.probationinspections.application.testing.MemoryActionPlans;
import org.probationinspections.application.testing.MemoryAuditLog;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.NotPermittedException;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.unit.RegionId;

/**
 * The rules of changing an action plan (who may, who is named, a change seen too late), on the plan
 * feature's services over small in-memory fakes of the ports.
 */
class PlanEditingTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
  private static final ActionRef FIRST_ACTION = new ActionRef(1, 1);

  private final RegionId northWest = RegionId.newId();
  private final MemoryActionPlans plans = new MemoryActionPlans();
  private final MemoryAuditLog audit = new MemoryAuditLog();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final FixedClock clock = new FixedClock(TODAY);
  private Actor acting = Actor.system("command line (tester)");
  private final CurrentActor actor = () -> acting;
  private final PlanEditor editor = new PlanEditor(plans, unitOfWork, actor, audit);
  private final UpdateActionProgressUseCase progress =
      new UpdateActionProgressService(editor, clock);
  private final RetargetActionUseCase retarget = new RetargetActionService(editor, clock);
  private final ActionPlanId plan = storedPlan();

  /** A North West plan of one agreed item with one planned action, stored at version 1. */
  private ActionPlanId storedPlan() {
    ActionPlan draft =
        ActionPlan.draft(ActionPlanId.newId(), northWest, Optional.empty(), TODAY.minusMonths(2));
    draft.respond(
        List.of(new RecommendationRef(InspectionId.newId(), 1)),
        Response.AGREED,
        Optional.empty(),
        "The PDU agrees.");
    draft.addAction(
        1,
        Action.planned(
            "Train every practitioner in risk assessment",
            List.of("Head of PDU"),
            Optional.of(YearMonth.of(2024, 6)),
            ActionStatus.PLANNED));
    plans.save(draft);
    return draft.id();
  }

  private void report(ActionStatus status, String by, OptionalLong seen) {
    progress.update(
        new UpdateActionProgressUseCase.Command(plan, FIRST_ACTION, status, "begun", by, seen));
  }

  private Action firstAction() {
    return plans.findById(plan).orElseThrow().action(FIRST_ACTION);
  }

  @Test
  void progressFromTheCommandLine_isDatedToday_inTheNameItGives() {
    report(ActionStatus.IN_PROGRESS, "Jo Bloggs", OptionalLong.empty());

    assertEquals(ActionStatus.IN_PROGRESS, firstAction().status());
    assertEquals(
        List.of(new ProgressUpdate(TODAY, ActionStatus.IN_PROGRESS, "begun", "Jo Bloggs")),
        firstAction().progress());
    assertEquals(2, plans.findById(plan).orElseThrow().version());
  }

  @Test
  void progressFromASignedInProvider_isInItsOwnName_notTheNameItClaims() {
    acting = Actor.user("pat", Role.PROVIDER, Set.of(northWest));

    report(ActionStatus.COMPLETED, "Somebody Else", OptionalLong.empty());

    assertEquals("pat", firstAction().progress().get(0).by());
    assertEquals(ActionStatus.COMPLETED, firstAction().status());
  }

  @Test
  void aProviderOfAnotherRegion_orAReader_changesNothing() {
    acting = Actor.user("sam", Role.PROVIDER, Set.of(RegionId.newId()));
    assertThrows(
        NotPermittedException.class,
        () -> report(ActionStatus.COMPLETED, "sam", OptionalLong.empty()));

    acting = Actor.user("rita", Role.READER, Set.of());
    assertThrows(
        NotPermittedException.class,
        () -> report(ActionStatus.COMPLETED, "rita", OptionalLong.empty()));

    assertEquals(1, plans.saves());
    assertEquals(ActionStatus.PLANNED, firstAction().status());
  }

  @Test
  void aChangeToAVersionNoLongerStored_isAConflictNamingWhoChangedItLast() {
    audit.changed(
        Instant.parse("2024-03-14T09:30:00Z"), "pat", RecordTypes.ACTION_PLAN, plan.value());

    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () -> report(ActionStatus.COMPLETED, "Jo Bloggs", OptionalLong.of(0)));

    assertEquals(
        "Action plan "
            + plan
            + " was changed by someone else since you read it (you saw version 0, it is now at"
            + " version 1; last changed by pat at 2024-03-14T09:30:00Z): reload it and apply your"
            + " change again",
        conflict.getMessage());
    assertEquals(1, plans.saves());

    report(ActionStatus.COMPLETED, "Jo Bloggs", OptionalLong.of(1));
    assertEquals(ActionStatus.COMPLETED, firstAction().status());
  }

  @Test
  void movingATarget_keepsTheOldOne_theReason_whoAndWhen() {
    retarget.retarget(
        new RetargetActionUseCase.Command(
            plan, FIRST_ACTION, YearMonth.of(2024, 9), "Trainers unavailable", "Jo Bloggs"));

    Action moved = firstAction();
    assertEquals(Optional.of(YearMonth.of(2024, 9)), moved.target());
    assertEquals(Optional.of(YearMonth.of(2024, 6)), moved.originalTarget());
    assertEquals("Trainers unavailable", moved.revisions().get(0).reason());
    assertEquals("Jo Bloggs", moved.revisions().get(0).by());
    assertEquals(TODAY, moved.revisions().get(0).on());
  }

  @Test
  void aPlanNotStored_isNotFound() {
    assertThrows(
        NotFoundException.class,
        () ->
            progress.update(
                new UpdateActionProgressUseCase.Command(
                    ActionPlanId.newId(),
                    FIRST_ACTION,
                    ActionStatus.COMPLETED,
                    "",
                    "Jo Bloggs",
                    OptionalLong.empty())));
  }
}
