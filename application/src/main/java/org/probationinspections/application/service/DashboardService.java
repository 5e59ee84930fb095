package org.probationinspections.application.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.probationinspections.application.port.in.DashboardUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ProgressCounts;

/** Each PDU's latest inspection (in the chosen year), and the action counts as of today. */
public final class DashboardService implements DashboardUseCase {

  private final ListInspectionsUseCase listInspections;
  private final InspectionRepository inspections;
  private final ActionPlanRepository plans;
  private final FrameworkCatalog frameworks;
  private final Directory directory;
  private final Clock clock;

  DashboardService(
      ListInspectionsUseCase listInspections,
      InspectionRepository inspections,
      ActionPlanRepository plans,
      FrameworkCatalog frameworks,
      Directory directory,
      Clock clock) {
    this.listInspections = listInspections;
    this.inspections = inspections;
    this.plans = plans;
    this.frameworks = frameworks;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public Dashboard dashboard(Query query) {
    List<InspectionSummary> rows =
        listInspections
            .list(
                new ListInspectionsUseCase.Query(
                    query.region(), Optional.empty(), query.year(), true, Page.Request.ALL))
            .items()
            .stream()
            .sorted(
                Comparator.comparing(InspectionSummary::region)
                    .thenComparing(InspectionSummary::pdu))
            .toList();
    var standards =
        frameworks.all().stream()
            .flatMap(framework -> framework.standards().stream())
            .filter(StandardDefinition::isRated)
            .map(s -> new StandardColumn(s.code(), s.name()))
            .distinct()
            .toList();
    var regionFilter = query.region().map(directory::region);
    List<ActionPlan> selected =
        regionFilter.isPresent() ? plans.findByRegion(regionFilter.get().id()) : plans.findAll();
    ProgressCounts counts =
        selected.stream()
            .map(plan -> plan.progress(clock.today()))
            .reduce(ProgressCounts.NONE, ProgressCounts::plus);
    var years = new TreeSet<Integer>(Comparator.reverseOrder());
    inspections.findAll().forEach(i -> years.add(i.details().fieldworkStarted().getYear()));
    return new Dashboard(standards, rows, counts, List.copyOf(years));
  }
}
