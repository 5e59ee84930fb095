package org.probationinspections.application.insight;

import java.util.List;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.ListStandardsUseCase;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.domain.framework.StandardDefinition;

/** The rated standards, read from the framework catalogue alone: no record is read. */
record ListStandardsService(FrameworkCatalog frameworks) implements ListStandardsUseCase {

  @Override
  public List<StandardColumn> list() {
    return columns(frameworks);
  }

  /** The heatmap's columns: each rated standard of the catalogue's frameworks, once. */
  static List<StandardColumn> columns(FrameworkCatalog frameworks) {
    return frameworks.all().stream()
        .flatMap(framework -> framework.standards().stream())
        .filter(StandardDefinition::isRated)
        .map(s -> new StandardColumn(s.code(), s.name()))
        .distinct()
        .toList();
  }
}
