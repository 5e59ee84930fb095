package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.RatingChartsUseCase;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.tables.HeatmapSort;

/**
 * The national picture: each PDU's latest ratings and where the actions stand, sorted as the
 * dashboard's columns sort; and the counts its charts draw.
 */
record DashboardApi(AsAtViews views) {

  /** The columns {@code ?sort=} names besides a standard's ("1.1 Leadership"). */
  private static final Set<String> COLUMNS = Set.of("region", "pdu", "score", "overall");

  void register(Routes routes) {
    routes.get("/api/dashboard", this::dashboard);
    routes.get("/api/dashboard/charts", this::charts);
  }

  private void dashboard(Context ctx) {
    var standards = views.web(ctx).listStandards().list();
    Optional<String> sort = Params.query(ctx, "sort");
    if (sort.isPresent()
        && !COLUMNS.contains(sort.get().toLowerCase(Locale.ROOT))
        && standards.stream().noneMatch(c -> (c.code() + " " + c.name()).equals(sort.get()))) {
      throw new BadRequestException(
          "sort",
          "sort by region, pdu, score, overall or a standard such as '1.1 Leadership', not '"
              + sort.get()
              + "'");
    }
    Optional<String> order = Params.query(ctx, "order");
    if (order.isPresent() && !order.get().equals("asc") && !order.get().equals("desc")) {
      throw new BadRequestException("order", "order is asc or desc, not '" + order.get() + "'");
    }
    ctx.json(
        views
            .web(ctx)
            .dashboard()
            .dashboard(
                new DashboardUseCase.Query(
                    Params.query(ctx, "region"),
                    Params.queryInt(ctx, "year"),
                    Paging.offsetRequest(ctx),
                    HeatmapSort.of(ctx, standards))));
  }

  /**
   * How many inspections have each rating: the latest of each PDU by region (a page of regions,
   * {@code offset} and {@code limit}) and by standard, and every inspection by the year its
   * fieldwork started.
   */
  private void charts(Context ctx) {
    ctx.json(
        views
            .insight(ctx)
            .ratingCharts()
            .counts(
                new RatingChartsUseCase.Query(
                    Params.query(ctx, "region"),
                    Params.queryInt(ctx, "year"),
                    Paging.offsetRequest(ctx))));
  }
}
