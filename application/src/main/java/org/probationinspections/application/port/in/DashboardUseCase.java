package org.probationinspections.application.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ProgressCounts;

/** The national picture: each PDU's latest ratings, and where all actions stand today. */
public interface DashboardUseCase {

  Dashboard dashboard(Query query);

  /** {@code year} keeps inspections whose fieldwork started that year (an inspection round). */
  record Query(Optional<String> region, Optional<Integer> year) {
    public Query {
      Require.present("region", region);
      Require.present("year", year);
    }
  }

  /** The heatmap's columns and rows, and the action counts. */
  record Dashboard(
      List<StandardColumn> standards,
      List<InspectionSummary> rows,
      ProgressCounts actions,
      List<Integer> years) {}

  /** One column of the heatmap. */
  record StandardColumn(String code, String name) {}
}
