package org.probationinspections.application.insight;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.RatingCounts;
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

/**
 * Each PDU's latest inspection (in the chosen year), the action counts as of today, and how many
 * inspections have each rating. The store pages the rows, tallies the actions by status and target
 * month and counts the inspections by rating profile; the domain counts and rates each tally.
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
                true,
                InspectionSummaries.Order.BY_REGION_AND_PDU,
                query.page().offset(),
                query.page().limit()));
    List<InspectionSummary> rows =
        found.items().stream()
            .map(
                digest ->
                    InspectionDocuments.summary(digest, directory.framework(digest.frameworkId())))
            .toList();
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
    RatingCounts ratings =
        new RatingTallies(directory)
            .counts(
                summaries.ratingProfiles(
                    new InspectionSummaries.ProfileFilter(region, query.year(), true)),
                summaries.ratingProfiles(
                    new InspectionSummaries.ProfileFilter(region, Optional.empty(), false)),
                standards);
    return new Dashboard(
        standards, rows, counts, summaries.fieldworkYears(), found.total(), ratings);
  }
}
