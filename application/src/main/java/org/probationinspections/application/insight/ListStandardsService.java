package org.probationinspections.application.insight;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.ListStandardsUseCase;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.unit.UnitLevel;

/** The rated standards, read from the framework catalogue alone: no record is read. */
record ListStandardsService(FrameworkCatalog frameworks) implements ListStandardsUseCase {

  @Override
  public List<StandardColumn> list() {
    return columns(frameworks);
  }

  /**
   * The heatmap's columns: each rated standard of the catalogue's frameworks of PDUs, once for each
   * code and name, with the frameworks that rate it so named. (A region's or the national service's
   * standards are not a PDU's: their inspections are shown beside the PDUs', not in their columns.)
   */
  static List<StandardColumn> columns(FrameworkCatalog frameworks) {
    Map<List<String>, Set<String>> rating = new LinkedHashMap<>();
    for (Framework framework : frameworks.all()) {
      if (framework.inspects() != UnitLevel.PDU) {
        continue;
      }
      for (StandardDefinition standard : framework.standards()) {
        if (standard.isRated()) {
          rating
              .computeIfAbsent(
                  List.of(standard.code(), standard.name()), key -> new LinkedHashSet<>())
              .add(framework.id().value());
        }
      }
    }
    return rating.entrySet().stream()
        .map(e -> new StandardColumn(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .toList();
  }
}
