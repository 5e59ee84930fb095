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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.review.ObservationKind;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.document.PublishedDocumentText;

/**
 * A regional letter older than the stored one (an export of an earlier version, or the published
 * letter after the stored one gained an observation) is refused with the difference, merged where
 * the changes do not touch, or stored over the newer changes, as the importer chooses; on the
 * import use cases over the in-memory store.
 */
class LetterImportConflictTest {

  private static final String ADDED = "Managers hold monthly practice forums on risk";

  private final AllUseCases services =
      new AllUseCases(
          StoreCore.core(
              Store.open(StoreLocation.memory()),
              new MovableClock(LocalDate.of(2023, 9, 1), LocalTime.of(10, 0)),
              new PublishedDocumentText()));

  private RegionalReviewDocument exported;

  @BeforeEach
  void theNorthWestLetterIsStoredAndExported() {
    for (String seed : List.of(Seeds.REPORT, Seeds.LETTER)) {
      imported(seed, Seeds.text(seed), OnConflict.REFUSE);
    }
    exported = services.listRegionalReviews().list(Optional.of("North West")).get(0);
  }

  private ImportPublishedDocumentUseCase.Result imported(
      String name, String text, OnConflict onConflict) {
    return services
        .importPublishedDocument()
        .importDocument(
            new ImportPublishedDocumentUseCase.Command(
                name, text.getBytes(StandardCharsets.UTF_8), false, onConflict));
  }

  private ImportOutcome importedExport(RegionalReviewDocument document, OnConflict onConflict) {
    return services
        .importDocuments()
        .importAll(
            new ImportDocumentsUseCase.Command(List.of(), List.of(document), List.of(), onConflict))
        .get(0);
  }

  /** The letter as stored now, with one more observation on leadership. */
  private static RegionalReviewDocument withObservation(RegionalReviewDocument document) {
    List<ObservationDocument> observations = new ArrayList<>(document.observations());
    observations.add(new ObservationDocument("Leadership", ObservationKind.KEY_STRENGTH, ADDED));
    return new RegionalReviewDocument(
        document.id(),
        document.region(),
        document.date(),
        document.leadInspector(),
        document.pdus(),
        document.inspectionIds(),
        observations,
        document.inspections(),
        document.notes(),
        document.version());
  }

  private List<String> storedObservations() {
    return services
        .listRegionalReviews()
        .list(Optional.of("North West"))
        .get(0)
        .observations()
        .stream()
        .map(ObservationDocument::text)
        .toList();
  }

  /** The stored letter gains an observation: an export of the stored letter, edited, imported. */
  private void observationAddedInTheStore() {
    RegionalReviewDocument current =
        services.listRegionalReviews().list(Optional.of("North West")).get(0);
    ImportOutcome outcome = importedExport(withObservation(current), OnConflict.REFUSE);
    assertEquals(ImportOutcome.Effect.UPDATED, outcome.effect(), outcome.toString());
    assertEquals(List.of(), outcome.conflict());
    assertTrue(storedObservations().contains(ADDED));
  }

  @Test
  void anOlderExport_isRefusedByDefault_mergedKeepingTheObservation_replacedOnRequest() {
    observationAddedInTheStore();

    ConflictException refused =
        assertThrows(ConflictException.class, () -> importedExport(exported, OnConflict.REFUSE));

    String message = refused.getMessage();
    assertTrue(
        message.contains("regional letter " + exported.id().orElseThrow() + " of North West"),
        message);
    assertTrue(message.contains("changed since the document was made"), message);
    assertTrue(message.contains("\"" + ADDED + "\": in the store, not in the document"), message);
    assertTrue(storedObservations().contains(ADDED), "the observation is kept");

    ImportOutcome merged = importedExport(exported, OnConflict.MERGE);
    assertTrue(storedObservations().contains(ADDED), "merging keeps the observation");
    String said = String.join("\n", merged.conflict());
    assertTrue(said.startsWith("merged: the stored regional letter changed since"), said);
    assertTrue(said.contains("kept from the store: Leadership key strength"), said);

    ImportOutcome replaced = importedExport(exported, OnConflict.REPLACE);
    assertTrue(
        String.join("\n", replaced.conflict()).startsWith("replaced: the stored regional letter"),
        replaced.conflict().toString());
    assertEquals(exported.observations().size(), storedObservations().size());
  }

  @Test
  void thePublishedLetterImportedAgainAfterTheStoreGainedAnObservation_isRefused() {
    observationAddedInTheStore();
    String again = Seeds.text(Seeds.LETTER) + "\n";

    ConflictException refused =
        assertThrows(
            ConflictException.class, () -> imported("letter-again.txt", again, OnConflict.REFUSE));

    assertTrue(
        refused.getMessage().contains("of North West holds changes the document lacks"),
        refused.getMessage());
    assertTrue(storedObservations().contains(ADDED));
  }
}
