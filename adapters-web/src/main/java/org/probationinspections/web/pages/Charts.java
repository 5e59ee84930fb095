package org.probationinspections.web.pages;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.probationinspections.application.insight.port.in.RatingCounts;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase.MonthCount;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase.RegionCharts;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase.ThemeCount;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.ProgressDocument;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.web.charts.BarChart;
import org.probationinspections.web.charts.Ink;
import org.probationinspections.web.charts.LineChart;

/** The pages' charts, drawn from the read models the pages already have. */
public final class Charts {

  private Charts() {}

  private static final List<Rating> SCALE =
      List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE);

  /** Each region's PDUs by the overall rating of their latest inspection. */
  public static BarChart overallByRegion(List<RatingCounts.Group> regions, Optional<Integer> year) {
    return ratings(
        "chart-regions",
        "Overall rating of each PDU's latest inspection, by region",
        "A bar for each region, split by how many of its PDUs have each overall rating at their"
            + " latest inspection"
            + year.map(y -> " with fieldwork in " + y).orElse("")
            + ".",
        "Region",
        regions,
        "No rating");
  }

  /** The inspections of each round by overall rating. */
  public static BarChart overallByYear(RatingCounts counts) {
    return ratings(
        "chart-years",
        "Overall ratings of each year's inspections",
        "A bar for each year (inspection round), split by how many of the inspections whose"
            + " fieldwork started that year have each overall rating.",
        "Year",
        counts.byYear(),
        "No rating");
  }

  /** Each standard's ratings at the PDUs' latest inspections. */
  public static BarChart standards(RatingCounts counts, Optional<Integer> year) {
    return ratings(
        "chart-standards",
        "Each standard's ratings at each PDU's latest inspection",
        "A bar for each standard, split by how many PDUs' latest inspections"
            + year.map(y -> " with fieldwork in " + y).orElse("")
            + " rate it Outstanding, Good, Requires improvement or Inadequate (or give it no"
            + " rating), counted only where the inspection's framework rates that standard.",
        "Standard",
        counts.byStandard(),
        "Not rated or not recorded");
  }

  private static BarChart ratings(
      String id,
      String title,
      String description,
      String heading,
      List<RatingCounts.Group> groups,
      String none) {
    boolean anyNone = groups.stream().anyMatch(g -> g.count(Rating.NOT_RATED) > 0);
    List<BarChart.Series> series = new ArrayList<>();
    for (Rating rating : SCALE) {
      series.add(new BarChart.Series(rating.label(), ink(rating)));
    }
    if (anyNone) {
      series.add(new BarChart.Series(none, Ink.NONE));
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (RatingCounts.Group group : groups) {
      List<Integer> values = new ArrayList<>();
      SCALE.forEach(rating -> values.add(group.count(rating)));
      if (anyNone) {
        values.add(group.count(Rating.NOT_RATED));
      }
      bars.add(new BarChart.Bar(group.label(), values));
    }
    return new BarChart(id, title, description, heading, series, bars);
  }

  private static Ink ink(Rating rating) {
    return switch (rating) {
      case OUTSTANDING -> Ink.OUTSTANDING;
      case GOOD -> Ink.GOOD;
      case REQUIRES_IMPROVEMENT -> Ink.REQUIRES_IMPROVEMENT;
      case INADEQUATE -> Ink.INADEQUATE;
      case NOT_RATED -> Ink.NONE;
    };
  }

  /**
   * A PDU's score at each inspection as a share of its framework's maximum (so that programmes with
   * different maxima compare), oldest first, with the overall rating under each; empty when it has
   * no inspection.
   */
  public static Optional<LineChart> pduScores(List<InspectionSummary> inspections) {
    if (inspections.isEmpty()) {
      return Optional.empty();
    }
    List<InspectionSummary> oldestFirst = new ArrayList<>(inspections);
    oldestFirst.sort(
        java.util.Comparator.comparing(InspectionSummary::fieldworkStarted)
            .thenComparing(InspectionSummary::id));
    List<String> points = new ArrayList<>();
    List<OptionalInt> scores = new ArrayList<>();
    List<String> overall = new ArrayList<>();
    for (InspectionSummary inspection : oldestFirst) {
      points.add(YearMonth.from(inspection.fieldworkStarted()).toString());
      scores.add(
          inspection.maxScore() > 0
              ? OptionalInt.of(Math.round(100f * inspection.score() / inspection.maxScore()))
              : OptionalInt.empty());
      overall.add(inspection.overallRating().map(Rating::label).orElse("Not recorded"));
    }
    return Optional.of(
        new LineChart(
            "chart-pdu-scores",
            "Score at each inspection, as a share of its maximum",
            "A point for each inspection, by the month its fieldwork started, at its score as a"
                + " percentage of the most its framework allows, with its overall rating.",
            "Fieldwork",
            points,
            List.of(new LineChart.Line("Score", Ink.SOLID, scores)),
            100,
            "%",
            false,
            "Overall rating",
            overall));
  }

  /**
   * A plan's burn-up: month by month from its submission, how many actions were due by the end of
   * the month (by their target now) and how many were reported done by then. An action reported
   * done without a dated report counts as done from the plan's latest report.
   */
  public static Optional<LineChart> burnUp(ActionPlanDocument plan) {
    List<ActionDocument> actions =
        plan.items().stream().flatMap(item -> item.actions().stream()).toList();
    if (actions.isEmpty()) {
      return Optional.empty();
    }
    YearMonth first = YearMonth.from(plan.submitted());
    YearMonth lastReport = first;
    for (ActionDocument action : actions) {
      for (ProgressDocument report : action.progress()) {
        lastReport = later(lastReport, YearMonth.from(report.on()));
      }
    }
    TreeMap<YearMonth, Integer> due = new TreeMap<>();
    TreeMap<YearMonth, Integer> done = new TreeMap<>();
    int undated = 0;
    YearMonth last = lastReport;
    for (ActionDocument action : actions) {
      Optional<YearMonth> doneIn = doneIn(action);
      YearMonth dueIn = action.target().or(() -> doneIn).orElse(lastReport);
      due.merge(later(first, dueIn), 1, Integer::sum);
      last = later(last, dueIn);
      if (action.status().isDone()) {
        if (doneIn.isPresent()) {
          done.merge(later(first, doneIn.get()), 1, Integer::sum);
        } else {
          undated++;
        }
      }
    }
    done.merge(lastReport, undated, Integer::sum);
    List<String> months = new ArrayList<>();
    List<OptionalInt> dueSoFar = new ArrayList<>();
    List<OptionalInt> doneSoFar = new ArrayList<>();
    int dueCount = 0;
    int doneCount = 0;
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      dueCount += due.getOrDefault(month, 0);
      doneCount += done.getOrDefault(month, 0);
      months.add(month.toString());
      dueSoFar.add(OptionalInt.of(dueCount));
      doneSoFar.add(month.isAfter(lastReport) ? OptionalInt.empty() : OptionalInt.of(doneCount));
    }
    return Optional.of(
        new LineChart(
            "chart-burn-up",
            "Actions due and done, month by month",
            "From the month the plan was submitted, the number of the plan's "
                + actions.size()
                + " actions due by the end of each month (by their target month now) and the"
                + " number reported done by then, up to the latest report ("
                + lastReport
                + "). An action reported done without a dated report is counted as done from the"
                + " latest report.",
            "Month",
            months,
            List.of(
                new LineChart.Line("Due by then", Ink.DASHED, dueSoFar),
                new LineChart.Line("Done by then", Ink.DONE, doneSoFar)),
            actions.size(),
            "",
            true));
  }

  /**
   * A region's actions overdue at the end of each month, by the target then in force; empty when
   * the region has no plan.
   */
  public static Optional<LineChart> overdueByMonth(RegionCharts charts) {
    List<MonthCount> counts = charts.overdue();
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    List<String> months = counts.stream().map(count -> count.month().toString()).toList();
    List<OptionalInt> overdue =
        counts.stream().map(count -> OptionalInt.of(count.overdue())).toList();
    int most = counts.stream().mapToInt(MonthCount::overdue).max().orElse(0);
    return Optional.of(
        new LineChart(
            "chart-overdue",
            "Actions overdue at the end of each month",
            "For each month from "
                + months.get(0)
                + " to "
                + months.get(months.size() - 1)
                + ", the number of actions of the region's "
                + Labels.count(charts.plans(), "action plan", "action plans")
                + " that were overdue at the end of the month: their target month, as it stood"
                + " then (a revised target counts from the day it was revised), had ended and"
                + " they had not been reported done. An action counts once its plan was"
                + " submitted. The last month is counted as at "
                + charts.asOf()
                + ".",
            "Month",
            months,
            List.of(new LineChart.Line("Overdue", Ink.SOLID, overdue)),
            Math.max(1, most),
            "",
            false));
  }

  /** A region's recommendations by theme, most first; empty when none has a theme. */
  public static Optional<BarChart> regionThemes(RegionCharts charts) {
    if (charts.themes().isEmpty()) {
      return Optional.empty();
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (ThemeCount theme : charts.themes()) {
      bars.add(new BarChart.Bar(theme.theme(), List.of(theme.recommendations())));
    }
    return Optional.of(
        new BarChart(
            "chart-region-themes",
            "The region's recommendations by theme",
            "A bar for each theme with the number of the region's "
                + Labels.count(charts.recommendations(), "recommendation", "recommendations")
                + " (of the inspections of its PDUs and its own) that fall under it, most first;"
                + " a recommendation under several themes counts under each, and themes with none"
                + " are left out.",
            "Theme",
            List.of(new BarChart.Series("Recommendations", Ink.COUNT)),
            bars));
  }

  /** The month of the report that last made the action done, if it is done and that is dated. */
  private static Optional<YearMonth> doneIn(ActionDocument action) {
    if (!action.status().isDone()) {
      return Optional.empty();
    }
    Optional<YearMonth> month = Optional.empty();
    boolean wasDone = false;
    for (ProgressDocument report : action.progress()) {
      boolean isDone = report.status().isDone();
      if (isDone && !wasDone) {
        month = Optional.of(YearMonth.from(report.on()));
      }
      wasDone = isDone;
    }
    return month;
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }
}
