package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.plan.ProgressCounts;

/** The national picture: each PDU's latest ratings, and where all actions stand today. */
public interface DashboardUseCase {

  Dashboard dashboard(Query query);

  /** {@code year} keeps inspections whose fieldwork started that year (an inspection round). */
  record Query(Optional<String> region, Optional<Integer> year, Page.Request page) {
    public Query {
      Require.present("region", region);
      Require.present("year", year);
      Require.present("page", page);
    }

    /** Every row of the heatmap. */
    public Query(Optional<String> region, Optional<Integer> year) {
      this(region, year, Page.Request.ALL);
    }
  }

  /**
   * The heatmap's columns and the requested page of its rows (by region, then PDU), how many rows
   * there are in all, the action counts, and the counts of each rating the charts draw (of the
   * query's region; by region and standard also of its year, by year of every year).
   */
  record Dashboard(
      List<StandardColumn> standards,
      List<InspectionSummary> rows,
      ProgressCounts actions,
      List<Integer> years,
      int totalRows,
      RatingCounts ratings) {

    public Dashboard {
      Require.present("ratings", ratings);
    }

    /** A dashboard whose rows are all there is, with no counts of ratings. */
    public Dashboard(
        List<StandardColumn> standards,
        List<InspectionSummary> rows,
        ProgressCounts actions,
        List<Integer> years) {
      this(standards, rows, actions, years, rows.size(), RatingCounts.NONE);
    }
  }

  /**
   * One column of the heatmap: a standard as the frameworks that rate it name it. Programmes number
   * their standards alike ("2.1" is Court work in 2021, Assessment in 2023), so an inspection's
   * rating stands only under the columns of its own framework.
   */
  record StandardColumn(String code, String name, Set<String> frameworks) {

    public StandardColumn {
      frameworks = Set.copyOf(frameworks);
    }

    /** The inspection's rating of this standard; null when its framework does not rate it. */
    public Rating ratingOf(InspectionSummary inspection) {
      return frameworks.contains(inspection.framework()) ? inspection.ratings().get(code) : null;
    }
  }
}
