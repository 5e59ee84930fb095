package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.page;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.domain.framework.FrameworkId;

/**
 * A dynamic inspection (since October 2025) gives a judgement in words and no rating: it is listed
 * without a score or a place, and the league says why.
 */
class UnratedInspectionTest extends NorthWestWebTest {

  @Test
  void anUnratedInspection_isListedWithNoScoreAndNoPlace_theLeagueSayingWhy() throws Exception {
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
                OptionalInt.empty()));

    String league = page(admin().get("/league"), 200, "listed without a place");
    String knowsley = league.substring(league.indexOf(">Knowsley and St Helens<"));
    String row = knowsley.substring(0, knowsley.indexOf("</tr>"));
    assertTrue(row.contains("no score"), row);
    String beforeRow = league.substring(0, league.indexOf(">Knowsley and St Helens<"));
    String place = beforeRow.substring(beforeRow.lastIndexOf("<td class=\"govuk-table__cell\">"));
    assertTrue(place.startsWith("<td class=\"govuk-table__cell\">–</td>"), place);
  }
}
