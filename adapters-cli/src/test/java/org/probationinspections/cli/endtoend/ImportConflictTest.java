package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.ProgressDocument;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.document.PublishedDocumentText;

/**
 * An action plan document older than the stored plan (an export of an earlier version, or a
 * published document that lacks the progress recorded since) is refused with the difference, merged
 * where the changes do not touch, or stored over the newer changes, as the importer chooses; on the
 * import use cases over the in-memory store.
 */
class ImportConflictTest {

  private final AllUseCases services =
      new AllUseCases(
          StoreCore.core(
              Store.open(StoreLocation.memory()),
              new MovableClock(LocalDate.of(2023, 9, 1), LocalTime.of(10, 0)),
              new PublishedDocumentText()));

  private ActionPlanDocument exported;
  private ActionPlanId plan;

  @BeforeEach
  void theNorthWestPlanIsStoredAndExported() {
    for (String seed : List.of(Seeds.REPORT, Seeds.LETTER, Seeds.PLAN)) {
      imported(seed, Seeds.text(seed), OnConflict.REFUSE);
    }
    exported = services.exportActionPlans().export(Optional.of("North West")).get(0);
    plan = new ActionPlanId(exported.id().orElseThrow());
  }

  private ImportPublishedDocumentUseCase.Result imported(
      String name, String text, OnConflict onConflict) {
    return services
        .importPublishedDocument()
        .importDocument(
            new ImportPublishedDocumentUseCase.Command(
                name, text.getBytes(StandardCharsets.UTF_8), false, onConflict));
  }

  /** A person reports the first action of item 1 completed, after the export was made. */
  private void progressReportedInTheStore() {
    services
        .updateActionProgress()
        .update(
            new UpdateActionProgressUseCase.Command(
                plan,
                new ActionRef(1, 1),
                ActionStatus.COMPLETED,
                "Training delivered",
                "Head of PDU",
                OptionalLong.empty()));
  }

  /** The export with one more action on item 2, as someone working on the file would add it. */
  private ActionPlanDocument exportWithAnActionAdded() {
    List<ItemDocument> items = new ArrayList<>();
    for (ItemDocument item : exported.items()) {
      if (item.number() != 2) {
        items.add(item);
        continue;
      }
      List<ActionDocument> actions = new ArrayList<>(item.actions());
      actions.add(
          new ActionDocument(
              Optional.empty(),
              "Audit a sample of risk assessments each quarter",
              List.of("Senior Probation Officer"),
              Optional.of(java.time.YearMonth.of(2024, 6)),
              ActionStatus.PLANNED,
              Optional.empty(),
              List.of(),
              List.of()));
      items.add(
          new ItemDocument(
              item.number(),
              item.answers(),
              item.response(),
              item.reason(),
              item.explanation(),
              actions,
              item.followUps()));
    }
    return ActionPlanDocuments.withItems(exported, items, exported.notes(), exported.version());
  }

  private ActionDocument storedAction(int item, int action) {
    return services.getActionPlan().get(plan).items().stream()
        .filter(i -> i.number() == item)
        .findFirst()
        .orElseThrow()
        .actions()
        .get(action - 1);
  }

  private int actionsOfItem(int item) {
    return services.getActionPlan().get(plan).items().stream()
        .filter(i -> i.number() == item)
        .findFirst()
        .orElseThrow()
        .actions()
        .size();
  }

  @Test
  void anOlderExport_isRefusedByDefault_namingThePlanTheVersionsAndEachDifference() {
    progressReportedInTheStore();
    int actionsBefore = actionsOfItem(2);
    ActionPlanDocument stale = exportWithAnActionAdded();

    ConflictException refused =
        assertThrows(ConflictException.class, () -> services.importActionPlan().importPlan(stale));

    String message = refused.getMessage();
    assertTrue(message.contains("action plan " + plan.value() + " of North West"), message);
    assertTrue(message.contains("the document is of version " + exported.version().get()), message);
    assertTrue(
        message.contains(
            "item 1, action 1 progress: stored 1 entry, the latest 2023-09-01 COMPLETED"
                + " \"Training delivered\", document none"),
        message);
    assertTrue(message.contains("item 1, action 1 status: stored COMPLETED"), message);
    assertTrue(
        message.contains(
            "item 2, action "
                + (actionsBefore + 1)
                + " \"Audit a sample of risk assessments each quarter\": in the document, not in"
                + " the store"),
        message);
    assertEquals(ActionStatus.COMPLETED, storedAction(1, 1).status(), "the progress is kept");
    assertEquals(actionsBefore, actionsOfItem(2), "nothing of the document is stored");
  }

  @Test
  void anOlderExport_merged_keepsTheStoresProgress_andAddsTheDocumentsAction() {
    progressReportedInTheStore();
    int actionsBefore = actionsOfItem(2);

    ImportOutcome outcome =
        services.importActionPlan().importPlan(exportWithAnActionAdded(), OnConflict.MERGE);

    assertEquals(ImportOutcome.Effect.UPDATED, outcome.effect());
    assertEquals(ActionStatus.COMPLETED, storedAction(1, 1).status());
    assertEquals(1, storedAction(1, 1).progress().size());
    assertEquals(actionsBefore + 1, actionsOfItem(2));
    assertEquals(
        "Audit a sample of risk assessments each quarter",
        storedAction(2, actionsBefore + 1).text());
    String said = String.join("\n", outcome.conflict());
    assertTrue(said.contains("kept from the store: item 1, action 1 progress"), said);
    assertTrue(
        said.contains("taken from the document: item 2, action " + (actionsBefore + 1)), said);
  }

  @Test
  void anOlderExport_replacing_overwritesTheProgress_andSaysWhichValuesWereOverwritten() {
    progressReportedInTheStore();
    int actionsBefore = actionsOfItem(2);

    ImportOutcome outcome =
        services.importActionPlan().importPlan(exportWithAnActionAdded(), OnConflict.REPLACE);

    assertEquals(ImportOutcome.Effect.UPDATED, outcome.effect());
    assertEquals(List.of(), storedAction(1, 1).progress(), "the document's state stands");
    assertEquals(actionsBefore + 1, actionsOfItem(2));
    String said = String.join("\n", outcome.conflict());
    assertTrue(
        said.startsWith("replaced: the stored plan changed since the document was made"), said);
    assertTrue(said.contains("item 1, action 1 progress: stored 1 entry"), said);
  }

  @Test
  void changesThatTouch_areRefusedEvenWhenMerging_andNothingIsStored() {
    progressReportedInTheStore();
    List<ItemDocument> items = new ArrayList<>();
    for (ItemDocument item : exported.items()) {
      if (item.number() != 1) {
        items.add(item);
        continue;
      }
      List<ActionDocument> actions = new ArrayList<>(item.actions());
      ActionDocument first = actions.get(0);
      actions.set(
          0,
          new ActionDocument(
              first.number(),
              first.text(),
              first.owners(),
              first.target(),
              ActionStatus.IN_PROGRESS,
              Optional.empty(),
              List.of(
                  new ProgressDocument(
                      LocalDate.of(2023, 8, 30), ActionStatus.IN_PROGRESS, "Started", "Lead")),
              first.revisions()));
      items.add(
          new ItemDocument(
              item.number(),
              item.answers(),
              item.response(),
              item.reason(),
              item.explanation(),
              actions,
              item.followUps()));
    }
    ActionPlanDocument touching =
        ActionPlanDocuments.withItems(exported, items, exported.notes(), exported.version());

    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () -> services.importActionPlan().importPlan(touching, OnConflict.MERGE));

    String message = refused.getMessage();
    assertTrue(message.contains("these changes touch, so they cannot be merged"), message);
    assertTrue(
        message.contains(
            "item 1, action 1 progress: stored 1 entry, the latest 2023-09-01 COMPLETED"
                + " \"Training delivered\", document 1 entry, the latest 2023-08-30 IN_PROGRESS"),
        message);
    assertEquals(ActionStatus.COMPLETED, storedAction(1, 1).status());
    assertEquals("Training delivered", storedAction(1, 1).progress().get(0).note());
  }

  @Test
  void anExportOfTheStoredVersion_isNoConflict_andReplacesAsBefore() {
    progressReportedInTheStore();
    ActionPlanDocument current = services.getActionPlan().get(plan);
    List<ItemDocument> items = new ArrayList<>(current.items());
    items.remove(items.size() - 1);
    ActionPlanDocument withoutTheLastItem =
        ActionPlanDocuments.withItems(current, items, current.notes(), current.version());

    ImportOutcome outcome = services.importActionPlan().importPlan(withoutTheLastItem);

    assertEquals(ImportOutcome.Effect.UPDATED, outcome.effect());
    assertEquals(List.of(), outcome.conflict());
    assertEquals(items.size(), services.getActionPlan().get(plan).items().size());
  }

  @Test
  void thePublishedPlanImportedAgainAfterProgress_isRefused_orMergedKeepingTheProgress() {
    progressReportedInTheStore();
    // The same plan saved again (another file, the same words): the ledger has not seen it.
    String again = Seeds.text(Seeds.PLAN) + "\n";

    ConflictException refused =
        assertThrows(
            ConflictException.class, () -> imported("plan-again.txt", again, OnConflict.REFUSE));
    assertTrue(
        refused.getMessage().contains("of North West holds changes the document lacks"),
        refused.getMessage());
    assertTrue(
        refused.getMessage().contains("item 1, action 1 progress: stored 1 entry"),
        refused.getMessage());
    assertEquals(ActionStatus.COMPLETED, storedAction(1, 1).status());

    var merged = imported("plan-again.txt", again, OnConflict.MERGE);
    assertTrue(
        String.join("\n", merged.outcome().conflict()).startsWith("merged:"),
        merged.outcome().conflict().toString());
    assertEquals(ActionStatus.COMPLETED, storedAction(1, 1).status(), "the progress is kept");
  }
}
