package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.Page;

/** How many recommendations of each PDU's inspections fall under each theme. */
public interface ThemeHeatmapUseCase {

  /**
   * A page of the PDUs (of a region, or all), by region then name, each with its counts: only the
   * page's PDUs' recommendations are read.
   */
  ThemeHeatmap heatmap(Optional<String> region, Page.Request page);

  /**
   * Columns are the themes; each row's counts are in the order of {@code themes}; {@code maximum}
   * is the largest count on the page; {@code totalRows} the PDUs of the whole heatmap, of which the
   * rows are those from {@code offset}.
   */
  record ThemeHeatmap(
      List<ThemeView> themes, List<Row> rows, int maximum, int offset, int totalRows) {}

  record Row(String pduId, String pdu, String region, int recommendations, List<Integer> counts) {}
}
