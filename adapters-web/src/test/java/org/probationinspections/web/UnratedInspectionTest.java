package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.testing.InspectionDocumentOf;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.FrameworkId;

/**
 * A dynamic inspection (since October 2025) is of a region and gives a judgement in words and no
 * rating: it is listed beside the PDUs with no score, never ranked among them, and a PDU cannot be
 * recorded under its framework.
 */
class UnratedInspectionTest extends NorthWestWebTest {

  @Test
  void aDynamicInspectionOfTheRegion_isListedWithNoScore_besideTheLeagueNotInIt() throws Exception {
    ImportOutcome stored =
        world
            .services
            .importInspection()
            .importInspection(
                InspectionDocumentOf.inspection(
                    "North West",
                    "North West",
                    "hmip-probation-dynamic-2025",
                    LocalDate.of(2025, 11, 3),
                    List.of(),
                    Optional.of("Public protection work is not yet good enough.")));
    assertEquals(ImportOutcome.Effect.CREATED, stored.effect());

    String league = page(admin().get("/league"), 200, "not ranked among the PDUs");
    int regional = league.indexOf("id=\"regional-heading\"");
    assertFalse(league.substring(0, regional).contains("North West region"), "not ranked");
    String row = league.substring(league.indexOf(">North West region<"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertTrue(row.contains("no score"), row);
    assertTrue(row.contains("not rated:</span> Public protection work is not yet good enough."));
  }

  @Test
  void aPdu_isNotRecordedUnderARegionsFramework_theRefusalSaysWhy() {
    InvalidValueException refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                world
                    .services
                    .recordInspection()
                    .record(
                        new RecordInspectionUseCase.Command(
                            "Knowsley and St Helens",
                            new FrameworkId("hmip-probation-dynamic-2025"),
                            LocalDate.of(2025, 11, 3),
                            Optional.empty(),
                            Optional.empty(),
                            OptionalInt.empty())));
    assertEquals(
        "framework: hmip-probation-dynamic-2025 inspects the region, and Knowsley and St Helens is"
            + " a PDU",
        refused.getMessage());
  }
}
