package org.probationinspections.application.shared;

import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.consolidation.Consolidator;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.domain.theme.ThemeTaxonomy;

/**
 * What the insight use cases need beside the records: the theme taxonomy, the themes people chose,
 * their decisions on suggested groups, the plan due clock, and the consolidator that suggests the
 * groups (its wording analysed by the text library the composition root gives it).
 */
public record InsightPorts(
    ThemeTaxonomy taxonomy,
    ThemeOverrideRepository themeOverrides,
    ConsolidationDecisionRepository decisions,
    PlanDueClock planDue,
    Consolidator consolidator) {

  /** The same, with other stores of overrides and decisions. */
  public InsightPorts with(
      ThemeOverrideRepository otherOverrides, ConsolidationDecisionRepository otherDecisions) {
    return new InsightPorts(taxonomy, otherOverrides, otherDecisions, planDue, consolidator);
  }
}
