package org.probationinspections.application.shared;

import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.domain.theme.ThemeTaxonomy;

/**
 * What the insight use cases need beside the records: the theme taxonomy, the themes people chose,
 * their decisions on suggested groups, and the plan due clock.
 */
public record InsightPorts(
    ThemeTaxonomy taxonomy,
    ThemeOverrideRepository themeOverrides,
    ConsolidationDecisionRepository decisions,
    PlanDueClock planDue) {

  /** The same, with other stores of overrides and decisions. */
  public InsightPorts with(
      ThemeOverrideRepository otherOverrides, ConsolidationDecisionRepository otherDecisions) {
    return new InsightPorts(taxonomy, otherOverrides, otherDecisions, planDue);
  }
}
