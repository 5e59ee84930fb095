package org.probationinspections.application.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.unit.Region;

/**
 * Shows action plans as the read use cases return them, whole or as an overview: each with its
 * region, the inspections in its scope, and today's date for what is due.
 */
record PlanViews(ActionPlanRepository plans, PlanScope scope, Directory directory, Clock clock) {

  /** A way to show a plan: {@code ActionPlanDocuments::document} or {@code ::overview}. */
  interface Shown<V> {
    V of(ActionPlan plan, Region region, List<Inspection> scope, Names names, LocalDate asOf);
  }

  /** Every plan, or the named region's, each shown so. */
  <V> List<V> all(Optional<String> region, Shown<V> shown) {
    Names names = new Names(directory);
    return directory.inRegionOrAll(region, plans::findByRegion, plans::findAll).stream()
        .map(plan -> show(plan, names, shown))
        .toList();
  }

  /** A plan by id; not found when there is none. */
  ActionPlan plan(ActionPlanId id) {
    return plans.get(id);
  }

  <V> V show(ActionPlan plan, Names names, Shown<V> shown) {
    return shown.of(
        plan, names.region(plan.regionId()), scope.inspections(plan), names, clock.today());
  }
}
