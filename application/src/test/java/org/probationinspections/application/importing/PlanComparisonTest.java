package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.unit.RegionId;

/** What a stored plan and a document's differ by, and what combines and what touches. */
class PlanComparisonTest {

  private static final InspectionId INSPECTION = InspectionId.newId();
  private static final ProgressUpdate STARTED =
      new ProgressUpdate(LocalDate.of(2023, 9, 1), ActionStatus.IN_PROGRESS, "Started", "Lead");
  private static final ProgressUpdate DONE =
      new ProgressUpdate(LocalDate.of(2023, 10, 1), ActionStatus.COMPLETED, "Done", "Lead");

  private static Action action(String text, ProgressUpdate... progress) {
    ActionStatus status =
        progress.length == 0 ? ActionStatus.PLANNED : progress[progress.length - 1].status();
    return new Action(
        text,
        List.of("Head of PDU"),
        Optional.of(YearMonth.of(2024, 6)),
        status,
        List.of(progress),
        List.of());
  }

  private static ActionPlanItem item(int number, Response response, Action... actions) {
    return new ActionPlanItem(
        number,
        List.of(new RecommendationRef(INSPECTION, number)),
        response,
        Optional.empty(),
        "",
        List.of(actions));
  }

  private static ActionPlan plan(ActionPlanItem... items) {
    ActionPlan plan =
        ActionPlan.draft(
            new ActionPlanId("plan-1"),
            new RegionId("nw"),
            Optional.empty(),
            LocalDate.of(2023, 8, 29));
    for (ActionPlanItem item : items) {
      plan.respond(item);
    }
    return plan;
  }

  @Test
  void progressOnlyTheStoreHas_andAnActionOnlyTheDocumentHas_combine() {
    ActionPlan stored = plan(item(1, Response.AGREED, action("Train", STARTED)));
    ActionPlan document = plan(item(1, Response.AGREED, action("Train"), action("Audit a sample")));

    PlanComparison comparison = new PlanComparison(stored, document);

    assertTrue(comparison.differences().storeHasMore());
    assertEquals(List.of(), comparison.differences().touching());
    ActionPlanItem merged = comparison.merged().get(0);
    assertEquals(List.of(STARTED), merged.actions().get(0).progress());
    assertEquals(ActionStatus.IN_PROGRESS, merged.actions().get(0).status());
    assertEquals("Audit a sample", merged.actions().get(1).text());
    assertEquals(
        List.of(
            "item 1, action 1 progress: stored 1 entry, the latest 2023-09-01 IN_PROGRESS"
                + " \"Started\", document none",
            "item 1, action 1 status: stored IN_PROGRESS, document PLANNED",
            "item 1, action 2 \"Audit a sample\": in the document, not in the store"),
        comparison.differences().all());
  }

  @Test
  void aDocumentCarryingTheProgressFurther_givesTheNewerStatus_andTheStoreHasNothingMore() {
    ActionPlan stored = plan(item(1, Response.AGREED, action("Train", STARTED)));
    ActionPlan document = plan(item(1, Response.AGREED, action("Train", STARTED, DONE)));

    PlanComparison comparison = new PlanComparison(stored, document);

    assertFalse(comparison.differences().storeHasMore());
    assertEquals(ActionStatus.COMPLETED, comparison.merged().get(0).actions().get(0).status());
  }

  @Test
  void progressThatPartsOnTheTwoSides_andAnExplanationThatDiffers_touch() {
    ProgressUpdate other =
        new ProgressUpdate(
            LocalDate.of(2023, 9, 2), ActionStatus.COMPLETED_AND_ONGOING, "Ongoing", "Lead");
    ActionPlan stored = plan(item(1, Response.AGREED, action("Train", STARTED)));
    ActionPlan document =
        plan(
            new ActionPlanItem(
                1,
                List.of(new RecommendationRef(INSPECTION, 1)),
                Response.AGREED,
                Optional.empty(),
                "Agreed with the police",
                List.of(action("Train", other))));

    PlanComparison comparison = new PlanComparison(stored, document);

    assertEquals(
        2,
        comparison.differences().touching().size(),
        comparison.differences().touching().toString());
    assertTrue(
        comparison
            .differences()
            .touching()
            .get(0)
            .equals("item 1 explanation: stored \"\", document \"Agreed with the police\""));
    assertTrue(
        comparison
            .differences()
            .touching()
            .get(1)
            .startsWith("item 1, action 1 progress: stored 1"));
  }

  @Test
  void anItemOnlyTheStoreHas_isKept_andMakesTheStoreNewer() {
    ActionPlan stored =
        plan(item(1, Response.AGREED, action("Train")), item(2, Response.AGREED, action("Audit")));
    ActionPlan document = plan(item(1, Response.AGREED, action("Train")));

    PlanComparison comparison = new PlanComparison(stored, document);

    assertTrue(comparison.differences().storeHasMore());
    assertEquals(List.of("item 2"), comparison.differences().keptFromStore());
    assertEquals(2, comparison.merged().size());
  }
}
