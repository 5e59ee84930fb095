package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;

/** How many recommendations of each PDU's inspections fall under each theme. */
public interface ThemeHeatmapUseCase {

  ThemeHeatmap heatmap(Optional<String> region);

  /** Columns are the themes; each row's counts are in the order of {@code themes}. */
  record ThemeHeatmap(List<ThemeView> themes, List<Row> rows, int maximum) {}

  record Row(String pduId, String pdu, String region, int recommendations, List<Integer> counts) {}
}
