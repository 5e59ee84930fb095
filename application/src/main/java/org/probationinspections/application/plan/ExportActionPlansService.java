package org.probationinspections.application.plan;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.PlanScope;

/** Every action plan, or a region's, in the interchange shape. */
record ExportActionPlansService(
    ActionPlanRepository plans, PlanScope scope, Directory directory, Clock clock)
    implements ExportActionPlansUseCase {

  @Override
  public List<ActionPlanDocument> export(Optional<String> region) {
    Names names = new Names(directory);
    var found =
        region.isPresent()
            ? plans.findByRegion(directory.region(region.get()).id())
            : plans.findAll();
    return found.stream()
        .map(
            plan ->
                ActionPlanDocuments.document(
                    plan,
                    names.region(plan.regionId()),
                    scope.inspections(plan),
                    names,
                    clock.today()))
        .toList();
  }
}
