package org.probationinspections.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.domain.plan.ProgressCounts;

/** The heatmap's links keep its order and filters; its headers say which column is sorted. */
class DashboardLinksTest {

  private static Models.DashboardPage page(String sort, boolean ascending) {
    return new Models.DashboardPage(
        new DashboardUseCase.Dashboard(List.of(), List.of(), ProgressCounts.NONE, List.of()),
        List.of(),
        Optional.of("North West"),
        Optional.of(2023),
        120,
        120,
        sort,
        ascending);
  }

  @Test
  void theNextPageOfASortedHeatmap_keepsItsOrderAndFilters() {
    assertEquals(
        "/?offset=240&sort=score&order=desc&region=North+West&year=2023",
        page("score", false).link(240));
    assertEquals("/?offset=0&region=North+West&year=2023", page("region", true).link(0));
  }

  @Test
  void aHeadersLink_reversesTheSortedColumn_andSortsAnotherBestOrAToZFirst() {
    var byScore = page("score", false);

    assertEquals("/?sort=score&order=asc&region=North+West&year=2023", byScore.sortLink("score"));
    assertEquals("/?sort=pdu&order=asc&region=North+West&year=2023", byScore.sortLink("pdu"));
    assertEquals(
        "/?sort=1.1+Leadership&order=desc&region=North+West&year=2023",
        byScore.sortLink("1.1 Leadership"));
    assertEquals("descending", byScore.ariaSort("score"));
    assertNull(byScore.ariaSort("overall"));
    assertEquals("/dashboard/charts?region=North+West&year=2023", byScore.chartsLink());
  }
}
