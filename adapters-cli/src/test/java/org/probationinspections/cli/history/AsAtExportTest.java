package org.probationinspections.cli.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.history.AsAtServices;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.out.DocumentText;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.InterchangeJson;

/**
 * The export as at a date before a change, rebuilt from the audit trail of a real SQLite file,
 * differs from today's export by exactly that change: the three seed documents are imported on one
 * day, an action is completed on a later one, and the exports of the day between are compared with
 * today's field by field.
 */
class AsAtExportTest {

  private static final LocalDate IMPORTED = LocalDate.of(2023, 9, 1);
  private static final LocalDate STARTED = LocalDate.of(2023, 9, 3);
  private static final LocalDate BETWEEN = LocalDate.of(2023, 9, 5);
  private static final LocalDate CHANGED = LocalDate.of(2023, 9, 10);

  @TempDir Path dir;

  private final MovableClock clock = new MovableClock(IMPORTED, LocalTime.of(10, 0));
  private final ObjectMapper json = InterchangeJson.mapper();
  private Store store;
  private AllUseCases services;
  private Core core;
  private AsAtServices history;

  @BeforeEach
  void importTheSeeds_startOneAction_thenCompleteAnother() {
    store = Store.open(StoreLocation.sqlite(dir.resolve("inspections.db")));
    core = StoreCore.core(store, clock, DocumentText.plainText());
    services = new AllUseCases(core);
    history = core.pastDays(day -> StoreCore.ports(Store.open(StoreLocation.memory()), day));

    clock.moveTo(IMPORTED);
    for (String seed : List.of(Seeds.REPORT, Seeds.LETTER, Seeds.PLAN)) {
      services
          .importPublishedDocument()
          .importDocument(
              new ImportPublishedDocumentUseCase.Command(
                  seed, Seeds.text(seed).getBytes(StandardCharsets.UTF_8), false));
    }
    clock.moveTo(STARTED);
    reportProgress(new ActionRef(1, 2), ActionStatus.IN_PROGRESS, "begun");
    clock.moveTo(CHANGED);
    reportProgress(new ActionRef(1, 1), ActionStatus.COMPLETED, "done");
  }

  /** Progress on an action of the seeds' plan, as the RPD reports it. */
  private void reportProgress(ActionRef action, ActionStatus status, String note) {
    services
        .updateActionProgress()
        .update(
            new UpdateActionProgressUseCase.Command(
                plan(), action, status, note, "RPD", OptionalLong.empty()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void actionPlansAsAtADayBeforeTheChange_differFromTodaysByExactlyThatChange() {
    JsonNode today = json.valueToTree(services.exportActionPlans().export(Optional.empty()));
    JsonNode then =
        json.valueToTree(
            new AllUseCases(core.at(history.at(BETWEEN).orElseThrow()))
                .exportActionPlans()
                .export(Optional.empty()));
    assertFalse(
        today.toString().contains("daysOverdue") || then.toString().contains("daysOverdue"),
        "no action is overdue on either day, so only the change can differ");

    TreeSet<String> differences = new TreeSet<>();
    differences(then, today, "", differences);

    assertEquals(
        new TreeSet<>(
            List.of(
                "[0].items[0].actions[0].progress[0]",
                "[0].items[0].actions[0].status",
                "[0].version")),
        differences);
    assertEquals("PLANNED", then.at("/0/items/0/actions/0/status").asText());
    assertEquals("COMPLETED", today.at("/0/items/0/actions/0/status").asText());
    assertEquals("IN_PROGRESS", then.at("/0/items/0/actions/1/status").asText(), "kept: earlier");
    assertEquals(
        today.at("/0/version").asLong() - 1, then.at("/0/version").asLong(), "one save later");
  }

  @Test
  void inspectionsAndReviewsAsAtTheDayBetween_areTodays_forTheChangeTouchedNeither() {
    AllUseCases then = new AllUseCases(core.at(history.at(BETWEEN).orElseThrow()));
    assertEquals(
        json.valueToTree(services.exportInspections().export(Optional.empty(), Optional.empty())),
        json.valueToTree(then.exportInspections().export(Optional.empty(), Optional.empty())));
    assertEquals(
        json.valueToTree(services.listRegionalReviews().list(Optional.empty())),
        json.valueToTree(then.listRegionalReviews().list(Optional.empty())));
  }

  @Test
  void aDayBeyondTheLimitOfARequestsView_isRefusedThere_butExportedWholeForBulkWork() {
    AsAtServices limited =
        core.pastDays(day -> StoreCore.ports(Store.open(StoreLocation.memory()), day), 2);

    var refused = assertThrows(InvalidValueException.class, () -> limited.at(BETWEEN));
    assertTrue(refused.getMessage().contains("would rebuild 7 "), refused.getMessage());
    assertTrue(refused.getMessage().contains("export --as-of"), refused.getMessage());
    assertEquals(
        json.valueToTree(
            new AllUseCases(core.at(history.at(BETWEEN).orElseThrow()))
                .exportActionPlans()
                .export(Optional.empty())),
        json.valueToTree(
            new AllUseCases(core.at(limited.wholeDay(BETWEEN).orElseThrow()))
                .exportActionPlans()
                .export(Optional.empty())));
    assertEquals(Optional.empty(), limited.wholeDay(CHANGED), "today is the live view");
  }

  @Test
  void asAtTheDayBeforeTheImport_nothingHadBeenRecorded() {
    AllUseCases then = new AllUseCases(core.at(history.at(IMPORTED.minusDays(1)).orElseThrow()));
    assertEquals(List.of(), then.exportActionPlans().export(Optional.empty()));
    assertEquals(List.of(), then.exportInspections().export(Optional.empty(), Optional.empty()));
  }

  @Test
  void asAtToday_isTheLiveView_andAFutureDateIsRefused() {
    assertEquals(Optional.empty(), history.at(CHANGED));
    var refused = assertThrows(InvalidValueException.class, () -> history.at(CHANGED.plusDays(1)));
    assertTrue(refused.getMessage().contains("after today"), refused.getMessage());
  }

  @Test
  void asAtTheDayOfTheFirstChange_onlyThatChangeIsThere() {
    var plan =
        new AllUseCases(core.at(history.at(STARTED).orElseThrow()))
            .getActionPlan()
            .get(plan())
            .items()
            .get(0);
    assertEquals(ActionStatus.PLANNED, plan.actions().get(0).status());
    assertEquals(ActionStatus.IN_PROGRESS, plan.actions().get(1).status());
    assertEquals(
        new AllUseCases(core.at(history.at(IMPORTED).orElseThrow()))
                .getActionPlan()
                .get(plan())
                .version()
                .orElseThrow()
            + 1,
        new AllUseCases(core.at(history.at(STARTED).orElseThrow()))
            .getActionPlan()
            .get(plan())
            .version()
            .orElseThrow());
  }

  @Test
  void aViewOfThePast_cannotBeChanged_andTheStoreIsLeftAsItWas() {
    AllUseCases then = new AllUseCases(core.at(history.at(BETWEEN).orElseThrow()));
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                then.updateActionProgress()
                    .update(
                        new UpdateActionProgressUseCase.Command(
                            plan(),
                            new ActionRef(2, 3),
                            ActionStatus.COMPLETED,
                            "",
                            "RPD",
                            OptionalLong.empty())));
    assertTrue(refused.getMessage().contains("cannot be changed"), refused.getMessage());
    assertEquals(
        ActionStatus.PLANNED,
        then.getActionPlan().get(plan()).items().get(1).actions().get(2).status());
  }

  private ActionPlanId plan() {
    return new ActionPlanId(
        services.exportActionPlans().export(Optional.empty()).get(0).id().orElseThrow());
  }

  /** The paths where two JSON trees differ: a field or element present in one only, or unequal. */
  private static void differences(JsonNode a, JsonNode b, String path, TreeSet<String> found) {
    if (a.equals(b)) {
      return;
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        JsonNode x = a.path(i);
        JsonNode y = b.path(i);
        if (x.isMissingNode() || y.isMissingNode()) {
          found.add(path + "[" + i + "]");
        } else {
          differences(x, y, path + "[" + i + "]", found);
        }
      }
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
        names.add(it.next().getKey());
      }
      for (String name : names) {
        JsonNode x = a.path(name);
        JsonNode y = b.path(name);
        if (x.isMissingNode() || y.isMissingNode()) {
          found.add(path + "." + name);
        } else {
          differences(x, y, path + "." + name, found);
        }
      }
      return;
    }
    found.add(path);
  }
}
