package org.probationinspections.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
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
  void demoDataset_isWrittenOnItsLettersDates_soThatAViewAsAtADateShowsTheRoundsBeforeIt() {
    InspectionsComponent component = Wiring.open(StoreLocation.memory(), List.of());
    try {
      int made = component.useCases().today().demoData().generate(2023);
      var between = component.useCases().at(java.time.LocalDate.of(2024, 12, 31)).orElseThrow();
      List<InspectionDocument> then =
          between.useCases().exportInspections().export(Optional.empty(), Optional.empty());
      assertEquals(made / 2, then.size(), "the first round only");
      assertTrue(
          then.stream().allMatch(i -> i.fieldworkStarted().orElseThrow().getYear() == 2023),
          "no 2025 inspection yet");
      assertEquals(12, between.useCases().exportActionPlans().export(Optional.empty()).size());
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
