package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.persistence.StoreLocation;

/**
 * An export re-imported after the plan moved on: {@code --on-conflict refuse} (the default) keeps
 * the newer progress and names the difference, {@code merge} keeps it and adds what the export
 * adds, {@code replace} stores the export over it and says so.
 */
class ImportConflictCommandLineTest extends CommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADDED = "Audit a sample of risk assessments each quarter";

  @Test
  void anOldExport_isRefusedByDefault_mergedOnRequest_andReplacedOnlyWhenAskedTo()
      throws Exception {
    assertEquals(0, CommandRun.importSeeds(db()).status());
    Path export = dir.resolve("plans.json");
    assertEquals(
        0, run("export", "action-plans", "--db", db(), "--out", export.toString()).status());
    ArrayNode plans = (ArrayNode) JSON.readTree(export.toFile());
    String planId = plans.get(0).get("id").asText();
    int item2Actions = item(plans.get(0), 2).get("actions").size();
    // Someone works on the exported file and adds an action to item 2...
    ((ArrayNode) item(plans.get(0), 2).get("actions"))
        .addObject()
        .put("text", ADDED)
        .put("target", "2024-06")
        .put("status", "PLANNED")
        .putArray("owners")
        .add("Senior Probation Officer");
    Files.writeString(export, JSON.writeValueAsString(plans));
    // ...while the first action of item 1 is reported completed in the application.
    reportProgress(planId);

    CommandRun refused = run("import", "--db", db(), export.toString());
    assertEquals(1, refused.status(), refused.output());
    assertTrue(
        refused
            .output()
            .contains("not imported: action plan " + planId + " of North West changed since"),
        refused.output());
    assertTrue(refused.output().contains("the stored plan is at version"), refused.output());
    assertTrue(
        refused
            .output()
            .contains(
                "item 1, action 1 progress: stored 1 entry, the latest "
                    + java.time.LocalDate.now()
                    + " COMPLETED \"Training delivered\", document none"),
        refused.output());
    assertTrue(
        refused.output().contains("item 1, action 1 status: stored COMPLETED"), refused.output());
    assertTrue(
        refused
            .output()
            .contains(
                "item 2, action " + (item2Actions + 1) + " \"" + ADDED + "\": in the document"),
        refused.output());
    assertFalse(refused.output().contains("Exception"), refused.output());
    JsonNode afterRefusal = storedPlan();
    assertEquals("COMPLETED", action(afterRefusal, 1, 1).get("status").asText());
    assertEquals(item2Actions, item(afterRefusal, 2).get("actions").size());

    CommandRun merged = run("import", "--db", db(), "--on-conflict", "merge", export.toString());
    assertEquals(0, merged.status(), merged.output());
    assertTrue(merged.output().contains("merged: the stored plan changed since"), merged.output());
    JsonNode afterMerge = storedPlan();
    assertEquals("COMPLETED", action(afterMerge, 1, 1).get("status").asText());
    assertEquals(1, action(afterMerge, 1, 1).get("progress").size());
    assertEquals(ADDED, action(afterMerge, 2, item2Actions + 1).get("text").asText());

    CommandRun replaced =
        run("import", "--db", db(), "--on-conflict", "replace", export.toString());
    assertEquals(0, replaced.status(), replaced.output());
    assertTrue(
        replaced.output().contains("replaced: the stored plan changed since"), replaced.output());
    assertTrue(
        replaced.output().contains("item 1, action 1 progress: stored 1 entry"), replaced.output());
    JsonNode afterReplace = storedPlan();
    assertFalse(
        "COMPLETED".equals(action(afterReplace, 1, 1).get("status").asText()),
        "the export's status stands");
    assertEquals(0, action(afterReplace, 1, 1).path("progress").size());
    assertEquals(ADDED, action(afterReplace, 2, item2Actions + 1).get("text").asText());
  }

  @Test
  void anOnConflictChoiceThatIsNoneOfTheThree_isAUsageError() {
    CommandRun run =
        run("import", "--db", db(), "--on-conflict", "sometimes", dir.resolve("x.json").toString());
    assertEquals(2, run.status(), run.output());
    assertTrue(run.output().contains("refuse, merge or replace"), run.output());
  }

  private void reportProgress(String planId) {
    InspectionsComponent component = Wiring.open(StoreLocation.sqlite(Path.of(db())), List.of());
    try {
      component
          .useCases()
          .today()
          .updateActionProgress()
          .update(
              new UpdateActionProgressUseCase.Command(
                  new ActionPlanId(planId),
                  new ActionRef(1, 1),
                  ActionStatus.COMPLETED,
                  "Training delivered",
                  "Head of PDU",
                  OptionalLong.empty()));
    } finally {
      component.store().close();
    }
  }

  private JsonNode storedPlan() throws Exception {
    CommandRun exported = run("export", "action-plans", "--db", db());
    assertEquals(0, exported.status(), exported.output());
    String output = exported.output();
    return JSON.readTree(output.substring(output.indexOf('['))).get(0);
  }

  private static JsonNode item(JsonNode plan, int number) {
    for (JsonNode item : plan.get("items")) {
      if (item.get("number").asInt() == number) {
        return item;
      }
    }
    throw new AssertionError("no item " + number);
  }

  private static JsonNode action(JsonNode plan, int item, int action) {
    return item(plan, item).get("actions").get(action - 1);
  }
}
