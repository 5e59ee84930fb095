package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** The national pages: the dashboard, the league table, the overdue actions, the API's guide. */
public record DashboardPages(AsAtViews views) {

  /**
   * Rows of the dashboard's heatmap per page: the whole country (about 110 PDUs) at national size.
   */
  static final int DASHBOARD_ROWS = 120;

  /** The most overdue actions the overdue page lists. */
  static final int OVERDUE_ROWS = 500;

  public void register(Routes routes) {
    routes.get("/", this::dashboard);
    routes.get("/league", this::league);
    routes.get("/overdue", this::overdue);
    routes.get("/api", ctx -> ctx.render("pages/api.jte"));
  }

  private void dashboard(Context ctx) {
    Optional<String> region = Params.query(ctx, "region");
    Optional<Integer> year = Params.queryInt(ctx, "year");
    int offset = Math.max(0, Params.queryInt(ctx, "offset").orElse(0));
    var dashboard =
        views
            .web(ctx)
            .dashboard()
            .dashboard(
                new DashboardUseCase.Query(region, year, new Page.Request(offset, DASHBOARD_ROWS)));
    Render.page(
        ctx,
        "dashboard",
        new Models.DashboardPage(
            dashboard, views.web(ctx).listRegions().names(), region, year, offset, DASHBOARD_ROWS));
  }

  private void league(Context ctx) {
    String sort = Params.query(ctx, "sort").orElse("score");
    boolean ascending = Params.query(ctx, "dir").map("asc"::equals).orElse(false);
    var standards = views.web(ctx).listStandards().list();
    if (!sort.equals("score")
        && !sort.equals("overall")
        && standards.stream().noneMatch(s -> s.code().equals(sort))) {
      throw new BadRequestException(
          "sort", "sort by score, overall or a standard's number such as 1.1, not '" + sort + "'");
    }
    List<InspectionSummary> latest =
        views
            .web(ctx)
            .listInspections()
            .list(
                new ListInspectionsUseCase.Query(
                    Optional.empty(), Optional.empty(), Optional.empty(), true, Page.Request.ALL))
            .items();
    List<Models.LeagueRow> rows = new ArrayList<>();
    List<InspectionSummary> sorted = LeagueOrder.sort(latest, sort, ascending);
    List<Optional<Integer>> places = LeagueOrder.places(sorted, sort);
    for (int i = 0; i < sorted.size(); i++) {
      Optional<Integer> place = places.get(i);
      boolean shared =
          place.isPresent()
              && ((i > 0 && place.equals(places.get(i - 1)))
                  || (i + 1 < sorted.size() && place.equals(places.get(i + 1))));
      rows.add(
          new Models.LeagueRow(place.map(p -> (shared ? "=" : "") + p).orElse("–"), sorted.get(i)));
    }
    Render.page(ctx, "league", new Models.LeaguePage(rows, standards, sort, ascending));
  }

  private void overdue(Context ctx) {
    Optional<String> region = Params.query(ctx, "region");
    Optional<LocalDate> asOf = Params.date("asOf", ctx.queryParam("asOf"));
    Render.page(
        ctx,
        "overdue",
        new Models.OverduePage(
            views
                .web(ctx)
                .listOverdue()
                .list(new ListOverdueActionsUseCase.Query(asOf, region, OVERDUE_ROWS)),
            views.web(ctx).listRegions().names(),
            region,
            asOf,
            OVERDUE_ROWS));
  }
}
