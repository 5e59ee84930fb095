package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ProgressCounts;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * Each PDU's latest inspection (in the chosen year), and the action counts as of today. The store
 * pages the rows and tallies the actions by status and target month; the domain counts each tally.
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
    var found =
        summaries.find(
            new InspectionSummaries.Filter(
                region,
                Optional.empty(),
                query.year(),
                Optional.of(UnitLevel.PDU),
                true,
                InspectionSummaries.Order.BY_REGION_AND_PDU,
                query.page().offset(),
                query.page().limit()));
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
    var standards = ListStandardsService.columns(frameworks);
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
}
