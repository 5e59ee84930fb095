package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.domain.common.Require;

/**
 * The league table: the latest inspection of each PDU, ranked by its score, its overall rating or
 * one standard's rating, a page at a time.
 */
public interface LeagueUseCase {

  League page(Query query);

  /** What the league is ranked by. */
  enum RankedBy {
    SCORE,
    OVERALL,
    STANDARD
  }

  /**
   * Of a region (by id or name) or of all; ranked by {@code by}, by the {@code standard} column
   * when by a standard; best first unless {@code ascending}; the rows of {@code page}.
   */
  record Query(
      Optional<String> region,
      RankedBy by,
      Optional<StandardColumn> standard,
      boolean ascending,
      Page.Request page) {
    public Query {
      Require.present("region", region);
      Require.present("by", by);
      Require.present("standard", standard);
      Require.present("page", page);
      if ((by == RankedBy.STANDARD) != standard.isPresent()) {
        throw new org.probationinspections.domain.common.InvalidValueException(
            "standard", "a standard is named when, and only when, the league is ranked by one");
      }
    }
  }

  /**
   * A row: its place ("=2" when shared, "–" when not ranked: a partial record, or a framework that
   * does not rate the standard) and its inspection.
   */
  record Row(String place, InspectionSummary inspection) {
    public Row {
      place = Require.text("place", place);
      Require.present("inspection", inspection);
    }
  }

  /** A page of rows and how many rows the whole league has. */
  record League(List<Row> rows, int total) {
    public League {
      rows = List.copyOf(rows);
    }
  }
}
