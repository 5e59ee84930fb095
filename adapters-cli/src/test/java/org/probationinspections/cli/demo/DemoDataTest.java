package org.probationinspections.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.cli.command.DemoLoader;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.StoreLocation;

/** The demo dataset looks like real inspections: the rules find nothing to flag in it. */
class DemoDataTest {

  @Test
  void demoDataset_coversTwelveRegions_andBreaksNoRatingRule() {
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    try {
      var services = component.useCases().today();
      int made = services.demoData().generate(2023);
      List<InspectionDocument> inspections =
          services.exportInspections().export(Optional.empty(), Optional.empty());
      assertEquals(made, inspections.size());
      assertEquals(12, services.listRegions().list().size());
      for (InspectionDocument inspection : inspections) {
        assertTrue(
            inspection.flags().isEmpty(), inspection.pdu() + " is flagged: " + inspection.flags());
        assertTrue(inspection.overallRating().isPresent(), inspection.pdu());
      }
    } finally {
      component.store().close();
    }
  }

  @Test
  void theDemo_opensOnThePublishedRecord_andGeneratesOnlyWhatTheRecordLacks_labelledSo() {
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    try {
      var services = component.useCases().today();
      var record = DemoLoader.publishedRecord();
      assertEquals(56, record.rows().size(), "the record shipped in the jar");
      int made = services.demoData().generateAround(record, 2023);
      List<InspectionDocument> inspections =
          services.exportInspections().export(Optional.empty(), Optional.empty());
      List<InspectionDocument> published =
          inspections.stream().filter(i -> i.publishedRecord().isPresent()).toList();
      List<InspectionDocument> generated =
          inspections.stream()
              .filter(i -> i.notes().contains(InspectionSummary.GENERATED_NOTE))
              .toList();
      assertEquals(56, published.size());
      assertEquals(made, generated.size());
      assertEquals(inspections.size(), published.size() + generated.size(), "each one or other");
      assertTrue(made > 0);
      for (InspectionDocument outcome : published) {
        assertTrue(outcome.publishedRecord().get().summary(), outcome.pdu());
        assertTrue(outcome.publishedRecord().get().source().startsWith("https://"));
      }
      Set<String> withRecord =
          published.stream().map(InspectionDocument::pdu).collect(Collectors.toSet());
      for (InspectionDocument inspection : generated) {
        assertFalse(withRecord.contains(inspection.pdu()), inspection.pdu() + " is in the record");
      }
      // The dashboard shows each PDU of the record with its published outcome, its source linked.
      var dashboard =
          component
              .useCases()
              .today()
              .web()
              .dashboard()
              .dashboard(new DashboardUseCase.Query(Optional.empty(), Optional.empty()));
      List<InspectionSummary> rows =
          dashboard.rows().stream().filter(r -> withRecord.contains(r.pdu())).toList();
      assertEquals(withRecord.size(), rows.size());
      for (InspectionSummary row : rows) {
        assertTrue(row.summary() && row.source().isPresent(), row.pdu());
        assertFalse(row.generated(), row.pdu());
      }
      assertTrue(
          dashboard.rows().stream()
              .filter(r -> !withRecord.contains(r.pdu()))
              .allMatch(InspectionSummary::generated));
    } finally {
      component.store().close();
    }
  }

  @Test
  void aPublishedOutcome_ofAPduAndMonthOfGeneratedData_isNeverAddedToTheGeneratedInspection() {
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    try {
      var services = component.useCases().today();
      services.demoData().generate(2023);
      InspectionDocument generated =
          services.exportInspections().export(Optional.empty(), Optional.empty()).get(0);
      assertTrue(generated.notes().contains(InspectionSummary.GENERATED_NOTE));
      // The same PDU, programme and publication month as the generated inspection.
      var row =
          new ImportPublishedOutcomesUseCase.OutcomeRow(
              "outcome 1",
              generated.pdu(),
              generated.region().orElseThrow(),
              generated.published().orElseThrow().toString(),
              "",
              generated.framework(),
              "GOOD",
              java.util.Map.of(),
              Optional.empty(),
              Optional.empty(),
              "https://example.org/outcome");
      var stored =
          services
              .web()
              .importOutcomes()
              .importOutcomes(new ImportPublishedOutcomesUseCase.Command("o.json", List.of(row)))
              .get(0)
              .outcome();
      assertEquals(ImportOutcome.Effect.CREATED, stored.effect());
      InspectionDocument still =
          services.exportInspections().export(Optional.empty(), Optional.empty()).stream()
              .filter(i -> i.id().equals(generated.id()))
              .findFirst()
              .orElseThrow();
      assertEquals(Optional.empty(), still.publishedRecord());
    } finally {
      component.store().close();
    }
  }

  @Test
  void demoDataset_isWrittenOnItsLettersDates_soThatAViewAsAtADateShowsTheRoundsBeforeIt() {
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    try {
      int made = component.useCases().today().demoData().generate(2023);
      var between = component.useCases().at(java.time.LocalDate.of(2024, 12, 31)).orElseThrow();
      List<InspectionDocument> then =
          between.useCases().exportInspections().export(Optional.empty(), Optional.empty());
      // Each of the twelve regions is also inspected in its own right in 2024.
      List<InspectionDocument> ofPdus =
          then.stream().filter(i -> !i.framework().equals("hmip-probation-region-2023")).toList();
      assertEquals((made - 12) / 2, ofPdus.size(), "the first round of PDUs only");
      assertTrue(
          ofPdus.stream().allMatch(i -> i.fieldworkStarted().orElseThrow().getYear() == 2023),
          "no 2025 inspection yet");
      List<InspectionDocument> ofRegions =
          then.stream().filter(i -> i.framework().equals("hmip-probation-region-2023")).toList();
      assertTrue(
          ofRegions.stream()
              .allMatch(
                  i -> i.published().orElseThrow().atDay(1).isBefore(LocalDate.of(2025, 1, 1))),
          "a region's inspection shows from the day it was published");
      assertEquals(
          12,
          between.useCases().exportActionPlans().export(Optional.empty()).stream()
              .filter(plan -> plan.inspectionId().isEmpty())
              .count(),
          "the first round's letters' plans");
      assertEquals(List.of(), between.problems());
      var before = component.useCases().at(java.time.LocalDate.of(2023, 1, 31)).orElseThrow();
      assertEquals(
          List.of(),
          before.useCases().exportInspections().export(Optional.empty(), Optional.empty()));
    } finally {
      component.store().close();
    }
  }
}
