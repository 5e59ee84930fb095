package org.probationinspections.web.pages.tables;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase.Column;
import org.probationinspections.application.insight.port.in.DashboardUseCase.Sort;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.web.Params;

/**
 * The heatmap's order as a link gives it: {@code ?sort=score&order=desc}, where {@code sort} is
 * {@code region}, {@code pdu}, {@code score}, {@code overall} or a standard's code and name. A
 * column it does not know leaves the first order, by region then PDU.
 */
public final class HeatmapSort {

  private HeatmapSort() {}

  public static Sort of(Context ctx, List<StandardColumn> standards) {
    Optional<String> asked = Params.query(ctx, "sort");
    if (asked.isEmpty()) {
      return Sort.BY_PLACE;
    }
    boolean ascending = Params.query(ctx, "order").map("asc"::equals).orElse(true);
    String key = asked.get();
    if (standards.stream().anyMatch(c -> (c.code() + " " + c.name()).equals(key))) {
      return new Sort(Column.STANDARD, Optional.of(key), ascending);
    }
    return switch (key.toLowerCase(Locale.ROOT)) {
      case "pdu" -> new Sort(Column.PDU, Optional.empty(), ascending);
      case "score" -> new Sort(Column.SCORE, Optional.empty(), ascending);
      case "overall" -> new Sort(Column.OVERALL, Optional.empty(), ascending);
      case "region" -> new Sort(Column.REGION, Optional.empty(), ascending);
      default -> Sort.BY_PLACE;
    };
  }

  /** The link's name of the sorted column. */
  public static String key(Sort sort) {
    return sort.standard().orElse(sort.column().name().toLowerCase(Locale.ROOT));
  }
}
