package org.probationinspections.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.RegionId;

class ActionPlanTest {

  private final InspectionId knowsley = InspectionId.newId();
  private final InspectionId liverpool = InspectionId.newId();

  @Test
  void anItemMayAnswerRecommendationsOfSeveralInspections() {
    ActionPlan plan = draft();
    ActionPlanItem item =
        plan.respond(
            List.of(ref(knowsley, 2), ref(knowsley, 3), ref(liverpool, 2), ref(liverpool, 3)),
            Response.AGREED,
            Optional.empty(),
            "");
    assertEquals(1, item.number());
    Coverage coverage =
        plan.coverage(
            List.of(ref(knowsley, 2), ref(knowsley, 3), ref(liverpool, 2), ref(liverpool, 3)));
    assertTrue(coverage.isComplete());
  }

  @Test
  void coverage_namesWhatIsUnansweredAndWhatIsOutsideTheScope() {
    ActionPlan plan = draft();
    plan.respond(
        List.of(ref(knowsley, 1), ref(knowsley, 9)), Response.AGREED, Optional.empty(), "");
    Coverage coverage = plan.coverage(List.of(ref(knowsley, 1), ref(knowsley, 2)));
    assertEquals(List.of(ref(knowsley, 2)), coverage.unanswered());
    assertEquals(List.of(ref(knowsley, 9)), coverage.unexpected());
    assertFalse(coverage.isComplete());
  }

  @Test
  void coverage_namesRecommendationsAnsweredTwice() {
    ActionPlanItem first = item(1, Response.AGREED, ref(knowsley, 1));
    ActionPlanItem second = item(2, Response.AGREED, ref(knowsley, 1));
    ActionPlan plan =
        new ActionPlan(
            ActionPlanId.newId(),
            RegionId.newId(),
            Optional.empty(),
            Optional.empty(),
            LocalDate.of(2023, 8, 29),
            List.of(first, second),
            Optional.empty(),
            List.of(),
            1);
    assertEquals(
        Map.of(ref(knowsley, 1), List.of(1, 2)),
        plan.coverage(List.of(ref(knowsley, 1))).answeredMoreThanOnce());
  }

  @Test
  void atVersion_isTheSamePlanAtAnotherVersion_sharingNoItemList() {
    ActionPlan plan = draft();
    agree(plan, 1);
    ActionPlan stored = plan.atVersion(7);
    assertEquals(7, stored.version());
    assertEquals(plan.id(), stored.id());
    assertEquals(plan.submitted(), stored.submitted());
    assertEquals(plan.items(), stored.items());
    agree(plan, 2);
    assertEquals(1, stored.items().size());
  }

  @Test
  void respondingTwiceToTheSameRecommendation_isRefused() {
    ActionPlan plan = draft();
    agree(plan, 1);
    ConflictException error = assertThrows(ConflictException.class, () -> agree(plan, 1));
    assertTrue(error.getMessage().contains("already answered by item 1"), error.getMessage());
  }

  @Test
  void summary_countsItemsByResponse() {
    ActionPlan plan = draft();
    agree(plan, 1);
    agree(plan, 2);
    withhold(
        plan,
        3,
        Response.PARTLY_AGREED,
        Reason.OPERATIONAL,
        "the region will not run a second audit");
    withhold(plan, 4, Response.NOT_AGREED, Reason.AFFORDABILITY, "no budget");
    assertEquals(new PlanSummary(2, 1, 1, 4), plan.summary());
  }

  @Test
  void partlyAgreedWithoutReason_isRefusedNamingTheField() {
    assertEquals("item.reason", refusedItem(Response.PARTLY_AGREED, Optional.empty(), "x").field());
  }

  @Test
  void notAgreedWithoutExplanation_isRefused() {
    assertEquals(
        "item.explanation",
        refusedItem(Response.NOT_AGREED, Optional.of(Reason.POLICY), " ").field());
  }

  @Test
  void agreedWithoutActions_isAProblemOfThePlan_notAgreedIsNot() {
    ActionPlan plan = draft();
    agree(plan, 1);
    withhold(plan, 2, Response.NOT_AGREED, Reason.POLICY, "national policy");
    assertEquals(List.of("item 1 is Agreed but has no action with an owner"), plan.problems());
    plan.addAction(
        1, action("dip sample", Optional.of(YearMonth.of(2023, 9)), ActionStatus.PLANNED));
    assertTrue(plan.problems().isEmpty());
  }

  @Test
  void anActionWithoutOwner_orWithoutTargetWhileOpen_isRefused() {
    assertThrows(
        InvalidValueException.class,
        () ->
            Action.planned(
                "x", List.of(), Optional.of(YearMonth.of(2023, 9)), ActionStatus.PLANNED));
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class,
            () ->
                Action.planned(
                    "x", List.of("Head of PDU"), Optional.empty(), ActionStatus.PLANNED));
    assertEquals("action.target", error.field());
    Action.planned("x", List.of("Head of PDU"), Optional.empty(), ActionStatus.COMPLETED);
  }

  @Test
  void aTargetMonthMeansItsLastDay() {
    Action action = action("audit", Optional.of(YearMonth.of(2023, 9)), ActionStatus.PLANNED);
    assertFalse(action.isOverdue(LocalDate.of(2023, 9, 30)));
    assertTrue(action.isOverdue(LocalDate.of(2023, 10, 1)));
    assertEquals(1, action.daysOverdue(LocalDate.of(2023, 10, 1)));
  }

  @Test
  void overdueActions_skipCompletedOnes() {
    ActionPlan plan = draft();
    agree(plan, 1);
    plan.addAction(1, action("late", Optional.of(YearMonth.of(2023, 9)), ActionStatus.PLANNED));
    plan.addAction(1, action("done", Optional.of(YearMonth.of(2023, 9)), ActionStatus.COMPLETED));
    plan.addAction(
        1, action("later", Optional.of(YearMonth.of(2024, 3)), ActionStatus.IN_PROGRESS));
    List<OverdueAction> overdue = plan.overdueActions(LocalDate.of(2023, 12, 1));
    assertEquals(1, overdue.size());
    assertEquals(new ActionRef(1, 1), overdue.get(0).ref());
    assertEquals(62, overdue.get(0).daysOverdue());
    assertEquals(new ProgressCounts(1, 1, 0, 1), plan.progress(LocalDate.of(2023, 12, 1)));
  }

  @Test
  void progressAndRetargeting_keepTheirHistory() {
    ActionPlan plan = draft();
    ActionRef ref = plannedAudit(plan);
    plan.retarget(
        ref, YearMonth.of(2024, 1), "vetting delays", "Head of PDU", LocalDate.of(2023, 9, 15));
    plan.reportProgress(
        ref,
        new ProgressUpdate(
            LocalDate.of(2024, 1, 20), ActionStatus.COMPLETED, "done", "Head of PDU"));
    Action action = plan.action(ref);
    assertEquals(ActionStatus.COMPLETED, action.status());
    assertEquals(Optional.of(YearMonth.of(2024, 1)), action.target());
    assertEquals(Optional.of(YearMonth.of(2023, 9)), action.originalTarget());
    assertEquals("vetting delays", action.revisions().get(0).reason());
    assertEquals(1, action.progress().size());
  }

  @Test
  void aTargetMovedToBeforeThePlanWasSubmitted_isRefused_andTheActionKeepsItsTarget() {
    ActionPlan plan = draft();
    ActionRef ref = plannedAudit(plan);
    YearMonth beforeThePlan = YearMonth.from(plan.submitted()).minusMonths(1);
    assertThrows(
        RuleBrokenException.class,
        () -> plan.retarget(ref, beforeThePlan, "typo", "Head of PDU", LocalDate.of(2023, 9, 15)));
    assertEquals(Optional.of(YearMonth.of(2023, 9)), plan.action(ref).target());
    assertTrue(plan.action(ref).revisions().isEmpty());
    plan.retarget(
        ref, YearMonth.from(plan.submitted()), "sooner", "Head of PDU", LocalDate.of(2023, 9, 15));
  }

  @Test
  void anItemAwaitsJudgement_whenEveryActionIsDone_untilTheFirstFollowUp() {
    ActionPlan plan = draft();
    agree(plan, 1);
    assertFalse(plan.item(1).awaitsJudgement(), "no action yet");
    ActionRef audit =
        plan.addAction(
            1, action("audit", Optional.of(YearMonth.of(2023, 9)), ActionStatus.PLANNED));
    ActionRef train =
        plan.addAction(
            1,
            action(
                "train", Optional.of(YearMonth.of(2023, 9)), ActionStatus.COMPLETED_AND_ONGOING));
    assertFalse(plan.item(1).awaitsJudgement(), "the audit is not done");
    LocalDate on = LocalDate.of(2024, 1, 10);

    plan.reportProgress(audit, new ProgressUpdate(on, ActionStatus.COMPLETED, "", "Head of PDU"));
    assertTrue(plan.item(1).awaitsJudgement());
    plan.followUp(1, new FollowUp(FollowUpJudgement.REASONABLE_PROGRESS, on, "HMI", "", false));
    assertFalse(plan.item(1).awaitsJudgement(), "judged");
    assertEquals(ActionStatus.COMPLETED_AND_ONGOING, plan.action(train).status());
  }

  @Test
  void anItemClosesOnlyWithReasonableProgressJudged_andEveryActionDone() {
    ActionPlan plan = draft();
    ActionRef ref = plannedAudit(plan);
    LocalDate on = LocalDate.of(2024, 1, 10);

    assertEquals(
        "item-closes-on-reasonable-progress",
        refusedClosing(plan, FollowUpJudgement.INSUFFICIENT_PROGRESS, on).rule());
    assertEquals(
        "item-closes-when-actions-done",
        refusedClosing(plan, FollowUpJudgement.GOOD_PROGRESS, on).rule());
    assertFalse(plan.item(1).isClosed());

    plan.followUp(
        1, new FollowUp(FollowUpJudgement.INSUFFICIENT_PROGRESS, on, "HMI", "slow", false));
    plan.reportProgress(ref, new ProgressUpdate(on, ActionStatus.COMPLETED, "done", "Head of PDU"));
    plan.followUp(1, new FollowUp(FollowUpJudgement.REASONABLE_PROGRESS, on, "HMI", "", true));
    assertTrue(plan.item(1).isClosed());
    assertEquals(2, plan.item(1).followUps().size());
    assertEquals(ActionStatus.COMPLETED, plan.action(ref).status());
  }

  /** A follow-up of item 1 that would close it, refused by a rule. */
  private static RuleBrokenException refusedClosing(
      ActionPlan plan, FollowUpJudgement judgement, LocalDate on) {
    return assertThrows(
        RuleBrokenException.class,
        () -> plan.followUp(1, new FollowUp(judgement, on, "HMI", "", true)));
  }

  private ActionPlan draft() {
    return ActionPlan.draft(
        ActionPlanId.newId(), RegionId.newId(), Optional.empty(), LocalDate.of(2023, 8, 29));
  }

  /** Agrees item 1 and gives it one planned action, an audit due in September 2023. */
  private ActionRef plannedAudit(ActionPlan plan) {
    agree(plan, 1);
    return plan.addAction(
        1, action("audit", Optional.of(YearMonth.of(2023, 9)), ActionStatus.PLANNED));
  }

  /** The plan agrees, in its next item, to the Knowsley inspection's recommendation {@code n}. */
  private ActionPlanItem agree(ActionPlan plan, int n) {
    return plan.respond(List.of(ref(knowsley, n)), Response.AGREED, Optional.empty(), "");
  }

  /** The plan answers Knowsley's recommendation {@code n}, in its next item, short of agreeing. */
  private void withhold(
      ActionPlan plan, int n, Response response, Reason reason, String explanation) {
    plan.respond(List.of(ref(knowsley, n)), response, Optional.of(reason), explanation);
  }

  /** Why an item answering recommendation 1 with no actions is refused. */
  private InvalidValueException refusedItem(
      Response response, Optional<Reason> reason, String explanation) {
    return assertThrows(
        InvalidValueException.class,
        () ->
            new ActionPlanItem(
                1, List.of(ref(knowsley, 1)), response, reason, explanation, List.of()));
  }

  private static RecommendationRef ref(InspectionId inspection, int number) {
    return new RecommendationRef(inspection, number);
  }

  private static ActionPlanItem item(int number, Response response, RecommendationRef answer) {
    return new ActionPlanItem(number, List.of(answer), response, Optional.empty(), "", List.of());
  }

  private static Action action(String text, Optional<YearMonth> target, ActionStatus status) {
    return Action.planned(text, List.of("Head of PDU"), target, status);
  }
}
