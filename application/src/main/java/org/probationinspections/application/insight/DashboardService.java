package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase.Sort;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ProgressCounts;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * Each PDU's latest inspection (in the chosen year), and the action counts as of today. The store
 * pages the rows and tallies the actions by status and target month; the domain counts each tally.
 * Rows sorted by a score or a rating are sorted here ({@link HeatmapOrder}).
 */
record DashboardService(
    InspectionSummaries summaries,
    ActionSummaries actions,
    FrameworkCatalog frameworks,
    Directory directory,
    Clock clock)
    implements DashboardUseCase {

  /** Every read of the page in one read-only unit of work. */
  @Override
  public Dashboard dashboard(Query query) {
    var region = query.region().map(directory::region).map(Region::id);
    var standards = ListStandardsService.columns(frameworks);
    var found =
        query.sort().equals(Sort.BY_PLACE)
            ? byPlace(query, region)
            : sorted(query, region, standards);
    List<InspectionSummary> rows = summaries(found);
    // Each region's own latest inspection (and the national service's), shown beside its PDUs.
    List<InspectionSummary> regional = new ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.REGION, UnitLevel.NATIONAL)) {
      regional.addAll(
          summaries(
              summaries.find(
                  new InspectionSummaries.Filter(
                      region,
                      Optional.empty(),
                      query.year(),
                      Optional.of(level),
                      true,
                      InspectionSummaries.Order.BY_REGION_AND_PDU,
                      0,
                      REGIONAL_ROWS))));
    }
    var today = clock.today();
    ProgressCounts counts = ProgressCounts.NONE;
    for (var tally : actions.tally(region)) {
      // One action stands for its tally: they share everything the counts depend on.
      Action alike =
          new Action(
              "tally", List.of("tally"), tally.target(), tally.status(), List.of(), List.of());
      counts = counts.plus(ProgressCounts.of(List.of(alike), today).times(tally.count()));
    }
    return new Dashboard(
        standards, rows, counts, summaries.fieldworkYears(), found.total(), regional);
  }

  /** The most regions' and national inspections the dashboard lists beside the PDUs. */
  static final int REGIONAL_ROWS = 100;

  private List<InspectionSummary> summaries(InspectionSummaries.Digests found) {
    return found.items().stream()
        .map(
            digest ->
                InspectionDocuments.summary(digest, directory.framework(digest.frameworkId())))
        .toList();
  }

  /** The page of PDUs in the order of the name indexes: the store pages it. */
  private InspectionSummaries.Digests byPlace(Query query, Optional<RegionId> region) {
    return summaries.find(
        new InspectionSummaries.Filter(
            region,
            Optional.empty(),
            query.year(),
            Optional.of(UnitLevel.PDU),
            true,
            InspectionSummaries.Order.BY_REGION_AND_PDU,
            query.page().offset(),
            query.page().limit()));
  }

  /**
   * The page in an order the domain computes (a score, a rating): every matching row's names and
   * rating profile are read without their children, sorted here, and only the page is read whole.
   */
  private InspectionSummaries.Digests sorted(
      Query query, Optional<RegionId> region, List<StandardColumn> standards) {
    List<InspectionSummaries.SortKey> keys =
        new java.util.ArrayList<>(
            summaries.sortKeys(
                new InspectionSummaries.ProfileFilter(region, query.year(), true, false),
                query.sort().standard().flatMap(key -> codeOf(key, standards))));
    keys.sort(new HeatmapOrder(directory, standards).comparator(query.sort()));
    int from = Math.min(query.page().offset(), keys.size());
    int to = (int) Math.min((long) from + query.page().limit(), keys.size());
    List<InspectionId> page =
        keys.subList(from, to).stream().map(InspectionSummaries.SortKey::id).toList();
    return new InspectionSummaries.Digests(summaries.digests(page), keys.size());
  }

  /** The code of the standard a sort names by its column's code and name. */
  private static Optional<String> codeOf(String key, List<StandardColumn> standards) {
    return standards.stream()
        .filter(c -> (c.code() + " " + c.name()).equals(key))
        .map(StandardColumn::code)
        .findFirst();
  }
}
