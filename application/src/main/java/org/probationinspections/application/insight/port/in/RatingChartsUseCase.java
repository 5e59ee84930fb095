package org.probationinspections.application.insight.port.in;

import java.util.Optional;
import org.probationinspections.domain.common.Require;

/** How many inspections have each rating, as the dashboard's charts draw them. */
public interface RatingChartsUseCase {

  RatingCounts counts(Query query);

  /**
   * Of a region (by name) or all; {@code year} keeps the inspections whose fieldwork started that
   * year in the charts by region and by standard (the chart by year has every year).
   */
  record Query(Optional<String> region, Optional<Integer> year) {
    public Query {
      Require.present("region", region);
      Require.present("year", year);
    }
  }
}
