package org.probationinspections.application.insight.port.in;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.probationinspections.domain.common.Require;

/**
 * The counts a region's charts draw: how many actions of its action plans were overdue at the end
 * of each month, and how many of its recommendations fall under each theme. Only the region's plans
 * and recommendations are read.
 */
public interface RegionChartsUseCase {

  /** The most months the overdue chart covers, the current one included. */
  int MONTHS = 24;

  /** The region's counts as at today (the use cases' day); a region by id or name. */
  RegionCharts charts(String region);

  /**
   * {@code overdue}: month by month, oldest first, from the later of {@link #MONTHS} months ago and
   * the month the region's first plan was submitted, up to the month of {@code asOf} (counted as at
   * {@code asOf}); empty when the region has no plan. {@code themes}: the themes with at least one
   * of the region's {@code recommendations}, most first, then by name (a recommendation counts once
   * under each of its themes).
   */
  record RegionCharts(
      String regionId,
      String region,
      LocalDate asOf,
      int plans,
      List<MonthCount> overdue,
      int recommendations,
      List<ThemeCount> themes) {

    public RegionCharts {
      Require.present("regionId", regionId);
      Require.present("region", region);
      Require.present("asOf", asOf);
      overdue = List.copyOf(overdue);
      themes = List.copyOf(themes);
    }
  }

  /** The actions overdue at the end of {@code month} (or at the day counted, for its last). */
  record MonthCount(YearMonth month, int overdue) {}

  /** The recommendations under one theme. */
  record ThemeCount(String themeId, String theme, int recommendations) {}
}
