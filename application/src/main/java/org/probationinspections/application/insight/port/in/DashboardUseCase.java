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

  /**
   * {@code year} keeps inspections whose fieldwork started that year (an inspection round); {@code
   * sort} orders the heatmap's rows before they are paged.
   */
  record Query(Optional<String> region, Optional<Integer> year, Page.Request page, Sort sort) {
    public Query {
      Require.present("region", region);
      Require.present("year", year);
      Require.present("page", page);
      Require.present("sort", sort);
    }

    /** A page of the heatmap in its first order, by region then PDU. */
    public Query(Optional<String> region, Optional<Integer> year, Page.Request page) {
      this(region, year, page, Sort.BY_PLACE);
    }

    /** Every row of the heatmap. */
    public Query(Optional<String> region, Optional<Integer> year) {
      this(region, year, Page.Request.ALL);
    }
  }

  /** A column of the heatmap that its rows can be sorted by. */
  enum Column {
    REGION,
    PDU,
    /** The score as a share of its framework's maximum, so that programmes compare. */
    SCORE,
    OVERALL,
    /** One standard's rating: {@link Sort#standard} names it as its column does (code and name). */
    STANDARD
  }

  /**
   * The order of the heatmap's rows: by a column, ascending (worst rating, lowest score or A first)
   * or descending. Rows with no value in the column come last either way; ties are by region, then
   * PDU.
   */
  record Sort(Column column, Optional<String> standard, boolean ascending) {
    public static final Sort BY_PLACE = new Sort(Column.REGION, Optional.empty(), true);

    public Sort {
      Require.present("column", column);
      Require.present("standard", standard);
      if ((column == Column.STANDARD) != standard.isPresent()) {
        throw new org.probationinspections.domain.common.InvalidValueException(
            "sort", "a standard is named when, and only when, the rows are sorted by one");
      }
    }
  }

  /**
   * The heatmap's columns and the requested page of its rows (PDUs, by region, then PDU), how many
   * rows there are in all, the action counts, and the latest inspection of each region and of the
   * national service in their own right ({@code regional}, by region), shown beside the PDUs.
   */
  record Dashboard(
      List<StandardColumn> standards,
      List<InspectionSummary> rows,
      ProgressCounts actions,
      List<Integer> years,
      int totalRows,
      List<InspectionSummary> regional) {

    public Dashboard {
      regional = List.copyOf(regional);
    }

    /** A dashboard whose rows are all there is, with no region inspected in its own right. */
    public Dashboard(
        List<StandardColumn> standards,
        List<InspectionSummary> rows,
        ProgressCounts actions,
        List<Integer> years) {
      this(standards, rows, actions, years, rows.size(), List.of());
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
