package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.body;
import static org.probationinspections.web.WebTestClient.json;
import static org.probationinspections.web.WebTestClient.page;
import static org.probationinspections.web.WebTestClient.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.domain.framework.FrameworkId;

/**
 * The league table shows fifty rows a page over the whole ranking, filtered by region, and the
 * whole table downloads as CSV.
 */
class ManyUnitsPagedTest extends NorthWestWebTest {

  @BeforeEach
  void fiftyFiveUnits() {
    List<String> names = new java.util.ArrayList<>();
    for (int n = 1; n <= 51; n++) {
      names.add(String.format("Unit %02d", n));
    }
    names.add("Durham, Darlington and Tees");
    names.add("=1+1 Unit");
    for (String name : names) {
      world
          .services
          .registerPdu()
          .register(new RegisterPduUseCase.Command("North East", name, List.of()));
      world
          .services
          .recordInspection()
          .record(
              new RecordInspectionUseCase.Command(
                  name,
                  new FrameworkId(NorthWestFixture.FRAMEWORK),
                  LocalDate.of(2023, 5, 1),
                  Optional.empty(),
                  Optional.empty(),
                  OptionalInt.empty()));
    }
  }

  @Test
  void theLeague_isPagedByFifty_overTheWholeRanking() throws Exception {
    String first = page(admin().get("/league"), 200, "Rows 1 to 50 of 55.", "rel=\"next\"");
    assertFalse(first.contains("rel=\"prev\""));
    String last =
        page(
            admin().get("/league?sort=score&dir=desc&offset=50"),
            200,
            "Rows 51 to 55 of 55.",
            "rel=\"prev\"");
    assertFalse(last.contains("rel=\"next\""));
    page(admin().get("/league?region=North%20West"), 200, "Rows 1 to 2 of 2.", "2/24");
  }

  @Test
  void theWholeLeague_downloadsAsCsv_quotedAndSafeForSpreadsheets() throws Exception {
    var response = admin().get("/league.csv?sort=score&dir=desc");
    assertTrue(response.header("Content-Type").startsWith("text/csv"));
    assertTrue(response.header("Content-Disposition").contains("league.csv"));
    String csv = body(response, 200);
    List<String> lines = csv.lines().toList();
    assertEquals(56, lines.size(), "a heading and every row");
    assertTrue(lines.get(0).startsWith("Rank,Shared,PDU,Region,Fieldwork started,Score"));
    assertTrue(csv.contains("\"Durham, Darlington and Tees\""), "a name with a comma is quoted");
    assertTrue(csv.contains(",'=1+1 Unit,"), "a name read as a formula is shown, not run");
    assertTrue(csv.contains(",Knowsley and St Helens,North West,2023-04-17,2,24,Inadequate"));
  }

  @Test
  void theThemesHeatmap_isPagedByFiftyPdus_onThePageAndInTheApi() throws Exception {
    String first = page(admin().get("/themes"), 200, "PDUs 1 to 50 of 55", "rel=\"next\"");
    assertFalse(first.contains("Knowsley and St Helens"), "North East sorts before North West");
    page(
        admin().get("/themes?offset=50"),
        200,
        "PDUs 51 to 55 of 55",
        "rel=\"prev\"",
        "Knowsley and St Helens");
    page(admin().get("/themes?region=North%20West"), 200, "PDUs 1 to 2 of 2", "Knowsley");

    var heatmap = json(admin().get("/api/themes/heatmap?limit=10&offset=50"), 200);
    assertEquals(5, heatmap.get("rows").size());
    assertEquals(55, heatmap.get("totalRows").asInt());
    assertEquals(50, heatmap.get("offset").asInt());
    problem(admin().get("/api/themes/heatmap?offset=-1"), 400, "field", "offset");
  }
}
