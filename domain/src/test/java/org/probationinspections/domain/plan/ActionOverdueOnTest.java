package org.probationinspections.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether an action was overdue at a past day, by the target then in force and its reports. */
class ActionOverdueOnTest {

  private static final LocalDate END_OF_MARCH = LocalDate.of(2024, 3, 31);
  private static final LocalDate END_OF_APRIL = LocalDate.of(2024, 4, 30);
  private static final LocalDate END_OF_MAY = LocalDate.of(2024, 5, 31);

  private static Action targeted(YearMonth target, ActionStatus status, ProgressUpdate... reports) {
    return new Action(
        "Train staff",
        List.of("Head of PDU"),
        Optional.of(target),
        status,
        List.of(reports),
        List.of());
  }

  private static ProgressUpdate report(LocalDate on, ActionStatus status) {
    return new ProgressUpdate(on, status, "", "PDU head");
  }

  @Test
  void givenTargetMarch_notDone_isNotOverdueAtTheEndOfMarch_butIsAtTheEndOfApril() {
    Action action = targeted(YearMonth.of(2024, 3), ActionStatus.IN_PROGRESS);
    assertFalse(action.wasOverdueOn(END_OF_MARCH));
    assertTrue(action.wasOverdueOn(END_OF_APRIL));
    assertEquals(action.isOverdue(END_OF_APRIL), action.wasOverdueOn(END_OF_APRIL));
  }

  @Test
  void givenTargetMarch_doneInMay_isOverdueAtTheEndOfApril_notAtTheEndOfMay() {
    Action action =
        targeted(
            YearMonth.of(2024, 3),
            ActionStatus.COMPLETED,
            report(LocalDate.of(2024, 2, 10), ActionStatus.IN_PROGRESS),
            report(LocalDate.of(2024, 5, 31), ActionStatus.COMPLETED));
    assertTrue(action.wasOverdueOn(END_OF_APRIL));
    assertFalse(action.wasOverdueOn(END_OF_MAY));
  }

  @Test
  void givenDoneReopenedAndDoneAgain_countsAsDoneFromTheFinalRunOnly() {
    Action action =
        targeted(
            YearMonth.of(2024, 2),
            ActionStatus.COMPLETED,
            report(LocalDate.of(2024, 3, 5), ActionStatus.COMPLETED),
            report(LocalDate.of(2024, 3, 20), ActionStatus.IN_PROGRESS),
            report(LocalDate.of(2024, 5, 2), ActionStatus.COMPLETED),
            report(LocalDate.of(2024, 5, 9), ActionStatus.COMPLETED_AND_ONGOING));
    assertEquals(Optional.of(LocalDate.of(2024, 5, 2)), action.doneOn());
    assertTrue(action.wasOverdueOn(END_OF_APRIL));
    assertFalse(action.wasOverdueOn(END_OF_MAY));
  }

  @Test
  void givenDoneWithoutADatedReport_isNeverOverdue() {
    assertFalse(targeted(YearMonth.of(2024, 1), ActionStatus.COMPLETED).wasOverdueOn(END_OF_MAY));
  }

  @Test
  void givenTargetDeferredInApril_fromFebruaryToJune_theTargetThenInForceCounts() {
    Action action =
        targeted(YearMonth.of(2024, 2), ActionStatus.PLANNED)
            .withTarget(
                new TargetRevision(
                    Optional.of(YearMonth.of(2024, 2)),
                    YearMonth.of(2024, 6),
                    "recruitment delayed",
                    "PDU head",
                    LocalDate.of(2024, 4, 15)));
    assertEquals(Optional.of(YearMonth.of(2024, 2)), action.targetOn(END_OF_MARCH));
    assertEquals(Optional.of(YearMonth.of(2024, 6)), action.targetOn(END_OF_APRIL));
    assertTrue(action.wasOverdueOn(END_OF_MARCH));
    assertFalse(action.wasOverdueOn(END_OF_APRIL));
  }
}
