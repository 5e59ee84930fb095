package org.probationinspections.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.FollowUpDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.ProgressDocument;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.web.charts.LineChart;

/** A plan's progress as the task list and the burn-up show it, derived from its actions. */
class PlanProgressTest {

  private static ActionDocument action(
      ActionStatus status, String target, Long daysOverdue, ProgressDocument... progress) {
    return new ActionDocument(
        Optional.of(1),
        "Train the staff",
        List.of("Head of PDU"),
        Optional.ofNullable(target).map(YearMonth::parse),
        status,
        Optional.ofNullable(daysOverdue),
        List.of(progress),
        List.of());
  }

  private static ItemDocument item(ActionDocument... actions) {
    return new ItemDocument(1, List.of(), Response.AGREED, Optional.empty(), "", List.of(actions));
  }

  private static ProgressDocument report(String on, ActionStatus status) {
    return new ProgressDocument(LocalDate.parse(on), status, "", "pat");
  }

  @Test
  void anItemsStatus_comesFromItsActions_overdueFirst() {
    var planned = action(ActionStatus.PLANNED, "2024-05", null);
    var started = action(ActionStatus.IN_PROGRESS, "2024-05", null);
    var late = action(ActionStatus.PLANNED, "2024-01", 40L);
    var done = action(ActionStatus.COMPLETED, "2024-01", null);

    assertEquals(ItemProgress.NOT_STARTED, ItemProgress.of(item(planned, planned)));
    assertEquals(ItemProgress.IN_PROGRESS, ItemProgress.of(item(planned, started)));
    assertEquals(ItemProgress.IN_PROGRESS, ItemProgress.of(item(planned, done)));
    assertEquals(ItemProgress.OVERDUE, ItemProgress.of(item(done, late)));
    assertEquals(ItemProgress.DONE, ItemProgress.of(item(done, done)));
    assertEquals(ItemProgress.NO_ACTIONS, ItemProgress.of(item()));
    assertEquals("2 actions, 1 done", ItemProgress.hint(item(planned, done)));
  }

  @Test
  void anItemTheInspectorateClosed_isDone_whateverItsActions() {
    var closed =
        new ItemDocument(
            1,
            List.of(),
            Response.AGREED,
            Optional.empty(),
            "",
            List.of(action(ActionStatus.PLANNED, "2024-01", 40L)),
            List.of(
                new FollowUpDocument(
                    FollowUpJudgement.GOOD_PROGRESS, LocalDate.of(2024, 3, 1), "ian", "", true)));

    assertEquals(ItemProgress.DONE, ItemProgress.of(closed));
  }

  @Test
  void theBurnUp_countsActionsDueByTheirTarget_andDoneByTheirReport_monthByMonth() {
    var plan =
        new ActionPlanDocument(
            Optional.of("plan"),
            "North West",
            LocalDate.of(2024, 1, 10),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(
                item(
                    action(
                        ActionStatus.COMPLETED,
                        "2024-02",
                        null,
                        report("2024-02-20", ActionStatus.IN_PROGRESS),
                        report("2024-03-05", ActionStatus.COMPLETED)),
                    action(ActionStatus.PLANNED, "2024-04", null),
                    action(ActionStatus.COMPLETED, "2024-01", null))),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            Optional.empty());

    LineChart chart = Charts.burnUp(plan).orElseThrow();

    assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04"), chart.points());
    assertEquals(
        List.of(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(2), OptionalInt.of(3)),
        chart.lines().get(0).values());
    // The undated completion counts from the latest report (March); nothing is known after it.
    assertEquals(
        List.of(OptionalInt.of(0), OptionalInt.of(0), OptionalInt.of(2), OptionalInt.empty()),
        chart.lines().get(1).values());
    assertTrue(chart.description().contains("3 actions"), chart.description());
  }
}
