package org.probationinspections.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.unit.RegionId;

/** The dates an action plan takes lie between 1900 and 2999, like an inspection's. */
class PlanDatesTest {

  private static final LocalDate TOO_EARLY = LocalDate.of(1899, 12, 31);
  private static final LocalDate TOO_LATE = LocalDate.of(3000, 1, 1);
  private static final YearMonth MONTH_TOO_LATE = YearMonth.of(3000, 1);

  private static void refused(String field, Executable action) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, action);
    assertEquals(field, refused.field());
  }

  private static ActionPlan draft(LocalDate submitted) {
    return ActionPlan.draft(
        new ActionPlanId("nw-plan"), new RegionId("nw"), Optional.empty(), submitted);
  }

  @Test
  void submitted_atTheEdgesIsAccepted_outsideIsRefused_onDraftAndResubmit() {
    assertEquals(LocalDate.of(1900, 1, 1), draft(LocalDate.of(1900, 1, 1)).submitted());
    ActionPlan plan = draft(LocalDate.of(2999, 12, 31));
    refused("submitted", () -> draft(TOO_EARLY));
    refused("submitted", () -> draft(LocalDate.parse("+10000-01-01")));
    refused("submitted", () -> plan.resubmit(TOO_LATE));
    assertEquals(LocalDate.of(2999, 12, 31), plan.submitted());
  }

  @Test
  void actionTarget_outsideTheRange_isRefused() {
    assertEquals(
        Optional.of(YearMonth.of(2999, 12)),
        Action.planned(
                "Train staff",
                List.of("Head of PDU"),
                Optional.of(YearMonth.of(2999, 12)),
                ActionStatus.PLANNED)
            .target());
    refused(
        "action.target",
        () ->
            Action.planned(
                "Train staff",
                List.of("Head of PDU"),
                Optional.of(MONTH_TOO_LATE),
                ActionStatus.PLANNED));
  }

  @Test
  void revisionsProgressAndFollowUps_outsideTheRange_areRefused() {
    LocalDate on = LocalDate.of(2024, 5, 1);
    refused(
        "revision.to",
        () -> new TargetRevision(Optional.empty(), MONTH_TOO_LATE, "later", "Jane", on));
    refused(
        "revision.from",
        () ->
            new TargetRevision(
                Optional.of(YearMonth.of(1899, 12)), YearMonth.of(2024, 6), "later", "Jane", on));
    refused(
        "revision.on",
        () ->
            new TargetRevision(Optional.empty(), YearMonth.of(2024, 6), "later", "Jane", TOO_LATE));
    refused(
        "progress.on", () -> new ProgressUpdate(TOO_EARLY, ActionStatus.IN_PROGRESS, "", "Jane"));
    refused(
        "followUp.on",
        () -> new FollowUp(FollowUpJudgement.GOOD_PROGRESS, TOO_LATE, "Jane", "", false));
  }
}
