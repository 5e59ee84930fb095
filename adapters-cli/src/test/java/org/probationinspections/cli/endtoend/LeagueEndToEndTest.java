package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.LeagueUseCase;
import org.probationinspections.application.insight.port.in.LeagueUseCase.RankedBy;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.web.pages.tables.LeagueOrder;

/**
 * The league ranked by the store, over the seeds and the real published record in one SQLite file,
 * in the order of the domain's own comparison (the one a region's table of PDUs still sorts by):
 * every way it can be ranked, both directions, each page following the last.
 */
class LeagueEndToEndTest {

  @TempDir Path dir;

  private AllUseCases imported() {
    String db = dir.resolve("inspections.db").toString();
    ImportedStore.seedsAndRecord(db);
    return ImportedStore.open(db);
  }

  /** Every row of the league, read seven at a time. */
  private static List<LeagueUseCase.Row> everyRow(
      AllUseCases services, RankedBy by, Optional<StandardColumn> standard, boolean ascending) {
    List<LeagueUseCase.Row> rows = new ArrayList<>();
    while (true) {
      LeagueUseCase.League page =
          services
              .league()
              .page(
                  new LeagueUseCase.Query(
                      Optional.empty(), by, standard, ascending, new Page.Request(rows.size(), 7)));
      if (page.rows().isEmpty()) {
        assertEquals(rows.size(), page.total());
        return rows;
      }
      rows.addAll(page.rows());
    }
  }

  private static List<InspectionSummary> latestOfEachPdu(AllUseCases services) {
    return services
        .listInspections()
        .list(
            new ListInspectionsUseCase.Query(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(UnitLevel.PDU),
                true,
                Page.Request.ALL))
        .items();
  }

  @Test
  void everyRanking_bothWays_isTheDomainsOrder_readAPageAtATime() {
    AllUseCases services = imported();
    List<InspectionSummary> latest = latestOfEachPdu(services);
    List<StandardColumn> standards = services.listStandards().list();
    assertTrue(latest.size() > 40, "the published record's PDUs: " + latest.size());

    List<String> orders = new ArrayList<>(List.of("score", "overall"));
    standards.forEach(column -> orders.add(LeagueOrder.key(column)));
    for (String key : orders) {
      LeagueOrder order = LeagueOrder.of(key, standards);
      RankedBy by =
          switch (key) {
            case "score" -> RankedBy.SCORE;
            case "overall" -> RankedBy.OVERALL;
            default -> RankedBy.STANDARD;
          };
      for (boolean ascending : List.of(false, true)) {
        List<LeagueUseCase.Row> rows = everyRow(services, by, order.standard(), ascending);
        assertEquals(
            order.sort(latest, ascending).stream().map(InspectionSummary::id).toList(),
            rows.stream().map(row -> row.inspection().id()).toList(),
            key + (ascending ? " ascending" : " descending"));
        assertPlacesFollowEachOther(rows, key);
      }
    }
  }

  /** 1, =2, =2, 4, then the unranked: a place is its row's, or the row's before when shared. */
  private static void assertPlacesFollowEachOther(List<LeagueUseCase.Row> rows, String key) {
    for (int at = 0; at < rows.size(); at++) {
      String place = rows.get(at).place();
      if (place.equals("–")) {
        int unranked = at;
        assertTrue(
            rows.subList(unranked, rows.size()).stream().allMatch(r -> r.place().equals("–")),
            key + ": the unranked come last");
        return;
      }
      String number = place.replace("=", "");
      boolean sameAsBefore = at > 0 && rows.get(at - 1).place().replace("=", "").equals(number);
      assertTrue(
          sameAsBefore || number.equals(String.valueOf(at + 1)), key + ": place " + place + at);
      assertEquals(
          place.startsWith("="),
          sameAsBefore
              || (at + 1 < rows.size() && rows.get(at + 1).place().replace("=", "").equals(number)),
          key + ": '=' marks a shared place, row " + at);
    }
  }
}
