package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase.Command;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase.ReadDocument;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.persistence.StoreLocation;

/**
 * Reading a published document apart from storing it, as the bulk import does when it reads the
 * next files while it stores one: reading touches no store, and what a document answers is found
 * when it is stored, not when it is read.
 */
class ReadThenStoreTest {

  @TempDir Path folder;

  private InspectionsComponent component;
  private ImportPublishedDocumentUseCase importing;

  @BeforeEach
  void open() {
    component = Wiring.open(StoreLocation.sqlite(folder.resolve("read.db")), List.of());
    importing = component.useCases().today().importPublishedDocument();
  }

  @AfterEach
  void close() {
    component.store().close();
  }

  @Test
  void readingStoresNothing_andAPlanReadBeforeItsInspectionsAreStored_findsThemWhenStored() {
    ReadDocument plan = importing.read(seed(Seeds.PLAN));
    ReadDocument letter = importing.read(seed(Seeds.LETTER));
    ReadDocument report = importing.read(seed(Seeds.REPORT));

    assertTrue(component.store().inspections().findAll().isEmpty());
    assertTrue(component.store().pdus().findAll().isEmpty());
    assertTrue(component.store().regions().findAll().isEmpty());

    assertEquals(ImportOutcome.Effect.CREATED, importing.importDocument(report).outcome().effect());
    assertEquals(ImportOutcome.Effect.CREATED, importing.importDocument(letter).outcome().effect());
    var stored = importing.importDocument(plan);

    assertEquals("action plan", stored.kind());
    assertEquals(ImportOutcome.Effect.CREATED, stored.outcome().effect());
    assertEquals(1, component.store().actionPlans().findAll().size());
  }

  @Test
  void aDocumentThatCannotBeRead_isReadWithoutComplaint_andRefusedWhenStored() {
    ReadDocument unreadable =
        importing.read(
            new Command(
                "notes.txt", "minutes of a meeting".getBytes(StandardCharsets.UTF_8), false));

    assertEquals("notes.txt", unreadable.fileName());
    var refusal =
        assertThrows(InvalidValueException.class, () -> importing.importDocument(unreadable));
    assertTrue(refusal.getMessage().contains("notes.txt:1"), refusal.getMessage());
  }

  @Test
  void theSameContentReadTwice_isStoredOnce() {
    ReadDocument first = importing.read(seed(Seeds.REPORT));
    ReadDocument second = importing.read(seed(Seeds.REPORT));

    importing.importDocument(first);

    assertEquals(
        ImportOutcome.Effect.UNCHANGED, importing.importDocument(second).outcome().effect());
    assertEquals(1, component.store().inspections().findAll().size());
  }

  private static Command seed(String name) {
    return new Command(name, Seeds.text(name).getBytes(StandardCharsets.UTF_8), false);
  }
}
