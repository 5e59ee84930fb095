package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.persistence.Fixtures.CHESHIRE_WEST;
import static org.probationinspections.persistence.Fixtures.GATESHEAD;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.assertSameInspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.PublicationDate;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.inspection.PublishedSummary;

/**
 * The inspections: a round trip with every field, the version alone, the order by fieldwork,
 * optimistic locking.
 */
abstract class InspectionRepositoryContract extends StoreContract {

  @Test
  void inspection_savedAndFound_keepsEveryField() {
    saveUnits();
    Inspection inspection = savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));

    Inspection found = store.inspections().findById(inspection.id()).orElseThrow();

    assertSameInspection(inspection, found);
    assertEquals(1, found.version());
    assertEquals(List.of(1, 2, 3), found.recommendations().stream().map(r -> r.number()).toList());
  }

  @Test
  void publishedSummary_savedAndFound_keepsItsRecord_andACompletedOneIsSavedAsFull() {
    saveUnits();
    Inspection summary =
        new Inspection(
            new InspectionId("insp-gateshead-summary"),
            GATESHEAD.id(),
            Fixtures.FRAMEWORK,
            new InspectionDetails(
                LocalDate.of(2022, 12, 1), Optional.empty(), Optional.empty(), OptionalInt.empty()),
            List.of(),
            List.of(),
            List.of(),
            new PublishedSummary(OptionalInt.empty(), OptionalInt.empty(), Optional.of("Good")),
            Optional.of(
                new PublishedRecord(
                    "https://hmiprobation.justiceinspectorates.gov.uk/news/gateshead",
                    PublicationDate.of("2022", null),
                    OptionalInt.empty(),
                    true)),
            List.of(),
            0);
    store.inspections().save(summary);

    Inspection found = store.inspections().findById(summary.id()).orElseThrow();
    assertSameInspection(summary, found);
    assertTrue(found.isSummary());

    found.completeSummary();
    store.inspections().save(found);
    Inspection completed = store.inspections().findById(summary.id()).orElseThrow();
    assertEquals(false, completed.isSummary());
    assertEquals(
        "https://hmiprobation.justiceinspectorates.gov.uk/news/gateshead",
        completed.publishedRecord().orElseThrow().source());
  }

  @Test
  void inspection_changedAndSavedAgain_keepsTheChangesAndCountsTheVersion() {
    saveUnits();
    savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection copy = store.inspections().findById(new InspectionId("insp-knowsley")).orElseThrow();

    copy.recommend(new Addressee(AddresseeLevel.PDU, KNOWSLEY.name()), "Improve planning.");
    copy.note("a second look is due");
    long version = store.inspections().save(copy);

    assertEquals(2, version);
    Inspection found = store.inspections().findById(copy.id()).orElseThrow();
    assertSameInspection(copy, found);
    assertEquals(2, found.version());
    assertEquals(4, found.recommendations().size());
  }

  @Test
  void inspectionVersion_isReadAlone_andMovesWithEverySave() {
    saveUnits();
    assertEquals(
        Optional.empty(), store.inspections().versionOf(new InspectionId("insp-knowsley")));
    savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));
    InspectionId id = new InspectionId("insp-knowsley");
    assertEquals(Optional.of(1L), store.inspections().versionOf(id));

    Inspection copy = store.inspections().findById(id).orElseThrow();
    copy.note("a second look is due");
    store.inspections().save(copy);

    assertEquals(Optional.of(2L), store.inspections().versionOf(id));
    assertEquals(Optional.empty(), store.inspections().versionOf(new InspectionId("insp-other")));
  }

  @Test
  void inspections_areOrderedByFieldwork_oldestFirst() {
    saveUnits();
    savedInspection("b-late", KNOWSLEY, LocalDate.of(2023, 5, 1));
    savedInspection("a-early", CHESHIRE_WEST, LocalDate.of(2022, 10, 3));
    savedInspection("c-middle", KNOWSLEY, LocalDate.of(2022, 11, 7));

    assertEquals(
        List.of("a-early", "c-middle", "b-late"),
        ids(store.inspections().findAll(), i -> i.id().value()));
    assertEquals(
        List.of("c-middle", "b-late"),
        ids(store.inspections().findByPdu(KNOWSLEY.id()), i -> i.id().value()));
    assertEquals(List.of(), store.inspections().findByPdu(GATESHEAD.id()));
    assertEquals(Optional.empty(), store.inspections().findById(new InspectionId("unknown")));
  }

  @Test
  void givenStaleInspection_save_isRefusedWithConflict() {
    saveUnits();
    Inspection saved = savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection first = store.inspections().findById(saved.id()).orElseThrow();
    Inspection second = store.inspections().findById(saved.id()).orElseThrow();
    first.note("first");
    second.note("second");
    store.inspections().save(first);

    ConflictException refusal =
        assertThrows(ConflictException.class, () -> store.inspections().save(second));

    assertTrue(refusal.getMessage().contains("insp-knowsley"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("read version 1"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("stored version 2"), refusal.getMessage());
    assertTrue(store.inspections().findById(saved.id()).orElseThrow().notes().contains("first"));
  }

  @Test
  void givenSavedInspection_savingAnotherNewOneWithItsId_isRefusedWithConflict() {
    saveUnits();
    Inspection saved = savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));

    assertThrows(
        ConflictException.class,
        () ->
            store
                .inspections()
                .save(Fixtures.inspection("insp-knowsley", KNOWSLEY, LocalDate.of(2020, 1, 6))));
    assertEquals(saved.details(), store.inspections().findById(saved.id()).orElseThrow().details());
  }
}
