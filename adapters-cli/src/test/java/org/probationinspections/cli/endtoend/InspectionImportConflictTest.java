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
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.document.PublishedDocumentText;

/**
 * An inspection document older than the stored inspection (an export of an earlier version, or the
 * published report after an inspector judged a standard otherwise) is refused with the difference,
 * merged where the changes do not touch, or stored over the newer changes, as the importer chooses;
 * on the import use cases over the in-memory store.
 */
class InspectionImportConflictTest {

  private static final String ADDED = "Review the allocation of cases each quarter";

  private final AllUseCases services =
      new AllUseCases(
          StoreCore.core(
              Store.open(StoreLocation.memory()),
              new MovableClock(LocalDate.of(2023, 9, 1), LocalTime.of(10, 0)),
              new PublishedDocumentText()));

  private InspectionId cheshireWest;

  @BeforeEach
  void theCheshireWestReportIsStored() {
    cheshireWest =
        new InspectionId(
            imported(Seeds.REPORT, Seeds.text(Seeds.REPORT), OnConflict.REFUSE)
                .outcome()
                .recordId());
  }

  private ImportPublishedDocumentUseCase.Result imported(
      String name, String text, OnConflict onConflict) {
    return services
        .importPublishedDocument()
        .importDocument(
            new ImportPublishedDocumentUseCase.Command(
                name, text.getBytes(StandardCharsets.UTF_8), false, onConflict));
  }

  private InspectionDocument exported() {
    return services
        .exportInspections()
        .export(Optional.empty(), Optional.of("Cheshire West"))
        .get(0);
  }

  private List<ImportOutcome> importedExport(InspectionDocument document, OnConflict onConflict) {
    return services
        .importDocuments()
        .importAll(
            new ImportDocumentsUseCase.Command(
                List.of(document), List.of(), List.of(), onConflict));
  }

  /** An inspector judges 1.2 Staff (published Good) Requires improvement, after the import. */
  private void staffJudgedInTheStore() {
    services
        .judgeStandard()
        .judge(new JudgeStandardUseCase.Command(cheshireWest, "1.2", Rating.REQUIRES_IMPROVEMENT));
  }

  private Rating storedRating(String code) {
    return services.getInspection().get(cheshireWest).standards().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow()
        .rating()
        .orElseThrow();
  }

  private List<Integer> storedRecommendations() {
    return services.getInspection().get(cheshireWest).recommendations().stream()
        .map(RecommendationDocument::number)
        .toList();
  }

  /** The export with one more recommendation, as someone working on the file would add it. */
  private static InspectionDocument withRecommendation(InspectionDocument document, int number) {
    List<RecommendationDocument> recommendations = new ArrayList<>(document.recommendations());
    recommendations.add(
        new RecommendationDocument(
            number, new AddresseeDocument(AddresseeLevel.PDU, "Cheshire West"), ADDED));
    return new InspectionDocument(
        document.id(),
        document.pdu(),
        document.region(),
        document.framework(),
        document.fieldworkStarted(),
        document.published(),
        document.leadInspector(),
        document.casesInspected(),
        document.standards(),
        document.score(),
        document.maxScore(),
        document.overallRating(),
        document.publishedScore(),
        document.publishedMaxScore(),
        document.publishedOverallRating(),
        document.flags(),
        document.notes(),
        recommendations,
        document.publishedRecord(),
        document.judgement(),
        document.version());
  }

  @Test
  void thePublishedReportImportedAgainAfterAJudgement_isRefused_naming1point2() {
    staffJudgedInTheStore();
    // The same report saved again (another file, the same words): the ledger has not seen it.
    String again = Seeds.text(Seeds.REPORT) + "\n";

    ConflictException refused =
        assertThrows(
            ConflictException.class, () -> imported("report-again.txt", again, OnConflict.REFUSE));

    String message = refused.getMessage();
    assertTrue(
        message.contains("inspection " + cheshireWest.value() + " of Cheshire West"), message);
    assertTrue(message.contains("holds changes the document lacks"), message);
    assertTrue(
        message.contains(
            "standard 1.2 Staff rating: stored Requires improvement (judgement), document Good"),
        message);
    assertEquals(Rating.REQUIRES_IMPROVEMENT, storedRating("1.2"), "the judgement is kept");
  }

  @Test
  void
      thePublishedReportImportedAgainAfterAJudgement_mergeRefusesTheTouchingRating_replaceTakesIt() {
    staffJudgedInTheStore();
    String again = Seeds.text(Seeds.REPORT) + "\n";

    ConflictException refused =
        assertThrows(
            ConflictException.class, () -> imported("report-again.txt", again, OnConflict.MERGE));
    assertTrue(
        refused.getMessage().contains("these changes touch, so they cannot be merged"),
        refused.getMessage());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, storedRating("1.2"));

    var replaced = imported("report-again.txt", again, OnConflict.REPLACE);
    String said = String.join("\n", replaced.outcome().conflict());
    assertTrue(said.startsWith("replaced: the stored inspection holds changes"), said);
    assertTrue(said.contains("standard 1.2 Staff rating: stored Requires improvement"), said);
    assertEquals(Rating.GOOD, storedRating("1.2"), "the document's rating stands");
  }

  @Test
  void anOlderExport_isRefusedByDefault_andNothingOfItIsStored() {
    InspectionDocument export = withRecommendation(exported(), 90);
    staffJudgedInTheStore();
    List<Integer> before = storedRecommendations();

    ConflictException refused =
        assertThrows(ConflictException.class, () -> importedExport(export, OnConflict.REFUSE));

    String message = refused.getMessage();
    assertTrue(
        message.contains("inspection " + cheshireWest.value() + " of Cheshire West"), message);
    assertTrue(message.contains("changed since the document was made"), message);
    assertTrue(
        message.contains(
            "standard 1.2 Staff rating: stored Requires improvement (judgement), document Good"),
        message);
    assertTrue(
        message.contains("recommendation 90 \"" + ADDED + "\": in the document, not in the store"),
        message);
    assertEquals(Rating.REQUIRES_IMPROVEMENT, storedRating("1.2"));
    assertEquals(before, storedRecommendations(), "nothing of the document is stored");
  }

  @Test
  void anOlderExport_merged_keepsTheStoresRecommendation_andAddsTheDocuments() {
    InspectionDocument export = withRecommendation(exported(), 90);
    int added =
        services
            .addRecommendation()
            .add(
                new AddRecommendationUseCase.Command(
                    cheshireWest,
                    AddresseeLevel.REGION,
                    "",
                    "Share the lessons across the region"));

    ConflictException refused =
        assertThrows(ConflictException.class, () -> importedExport(export, OnConflict.REFUSE));
    assertTrue(refused.getMessage().contains("recommendation " + added), refused.getMessage());

    ImportOutcome outcome = importedExport(export, OnConflict.MERGE).get(0);

    assertEquals(ImportOutcome.Effect.UPDATED, outcome.effect());
    assertTrue(
        storedRecommendations().containsAll(List.of(added, 90)),
        storedRecommendations().toString());
    String said = String.join("\n", outcome.conflict());
    assertTrue(said.startsWith("merged: the stored inspection changed since"), said);
    assertTrue(said.contains("kept from the store: recommendation " + added), said);
    assertTrue(said.contains("taken from the document: recommendation 90"), said);
  }

  @Test
  void anExportOfTheStoredInspection_importedBack_changesNothing() {
    staffJudgedInTheStore();

    ImportOutcome outcome = importedExport(exported(), OnConflict.REFUSE).get(0);

    assertEquals(ImportOutcome.Effect.UNCHANGED, outcome.effect(), outcome.toString());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, storedRating("1.2"));
  }
}
