package org.probationinspections.application.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationKey;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationLine;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.theme.Theme;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/**
 * A region's charts' counts. The region's plans are read whole (a region has a few); each action
 * tells whether it was overdue at a month's end (the domain's rule, by the target then in force).
 * The region's recommendations are read from the store in batches, by key, and given themes as the
 * themes page gives them.
 */
record RegionChartsService(
    ActionPlanRepository plans,
    InspectionSummaries summaries,
    ThemeAssigner assigner,
    Directory directory,
    Clock clock)
    implements RegionChartsUseCase {

  /** How many recommendations are read from the store at a time. */
  static final int BATCH = 1_000;

  @Override
  public RegionCharts charts(String name) {
    Region region = directory.region(name);
    LocalDate asOf = clock.today();
    List<ActionPlan> ofRegion = plans.findByRegion(region.id());
    List<ThemedRecommendationView> recommendations = recommendations(region);
    return new RegionCharts(
        region.id().value(),
        region.name(),
        asOf,
        ofRegion.size(),
        overdueByMonth(ofRegion, asOf),
        recommendations.size(),
        themes(recommendations));
  }

  /**
   * From the later of {@link #MONTHS} months ago and the first plan's month up to today's month;
   * each month counted at its end, the current one at today.
   */
  static List<MonthCount> overdueByMonth(List<ActionPlan> plans, LocalDate asOf) {
    Optional<YearMonth> firstPlan =
        plans.stream().map(plan -> YearMonth.from(plan.submitted())).min(Comparator.naturalOrder());
    if (firstPlan.isEmpty()) {
      return List.of();
    }
    YearMonth current = YearMonth.from(asOf);
    YearMonth earliest = current.minusMonths(MONTHS - 1L);
    YearMonth from = firstPlan.get().isAfter(earliest) ? firstPlan.get() : earliest;
    List<MonthCount> counts = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(current); month = month.plusMonths(1)) {
      LocalDate end = month.equals(current) ? asOf : month.atEndOfMonth();
      int overdue = 0;
      for (ActionPlan plan : plans) {
        if (plan.submitted().isAfter(end)) {
          continue;
        }
        for (ActionPlanItem item : plan.items()) {
          for (Action action : item.actions()) {
            if (action.wasOverdueOn(end)) {
              overdue++;
            }
          }
        }
      }
      counts.add(new MonthCount(month, overdue));
    }
    return counts;
  }

  private List<ThemedRecommendationView> recommendations(Region region) {
    Names names = new Names(directory);
    List<ThemeAssigner.Placed> placed = new ArrayList<>();
    Optional<RecommendationKey> after = Optional.empty();
    while (true) {
      List<RecommendationLine> lines =
          summaries.recommendations(
              new InspectionSummaries.RecommendationQuery(
                  Optional.of(region.id()), Optional.empty(), after, BATCH));
      for (RecommendationLine line : lines) {
        Pdu unit = names.pdu(line.pdu());
        placed.add(
            new ThemeAssigner.Placed(
                line.inspection(), line.fieldworkStarted(), unit, region, line.recommendation()));
      }
      if (lines.size() < BATCH) {
        break;
      }
      after = Optional.of(lines.get(lines.size() - 1).key());
    }
    return assigner.placedViews(placed);
  }

  private List<ThemeCount> themes(List<ThemedRecommendationView> recommendations) {
    List<ThemeCount> counts = new ArrayList<>();
    for (Theme theme : assigner.taxonomy().themes()) {
      int count = (int) recommendations.stream().filter(view -> view.hasTheme(theme.id())).count();
      if (count > 0) {
        counts.add(new ThemeCount(theme.id(), theme.name(), count));
      }
    }
    counts.sort(
        Comparator.comparingInt(ThemeCount::recommendations)
            .reversed()
            .thenComparing(ThemeCount::theme));
    return counts;
  }
}
