package org.probationinspections.application.insight.port.in;

import java.util.Optional;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.domain.common.Require;

/** How many inspections have each rating, as the dashboard's charts draw them. */
public interface RatingChartsUseCase {

  RatingCounts counts(Query query);

  /**
   * Of a region (by name) or all; {@code year} keeps the inspections whose fieldwork started that
   * year in the charts by region and by standard (the chart by year has every year); {@code
   * regions} is the page of regions (by name) the chart by region counts.
   */
  record Query(Optional<String> region, Optional<Integer> year, Page.Request regions) {
    public Query {
      Require.present("region", region);
      Require.present("year", year);
      Require.present("regions", regions);
    }

    /** Every region. */
    public Query(Optional<String> region, Optional<Integer> year) {
      this(region, year, Page.Request.ALL);
    }
  }
}
