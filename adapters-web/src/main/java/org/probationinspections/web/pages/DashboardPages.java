package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.LeagueUseCase;
import org.probationinspections.application.insight.port.in.RatingChartsUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.plan.port.in.OverdueActionView;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Html;
import org.probationinspections.web.NextPage;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.tables.HeatmapSort;
import org.probationinspections.web.pages.tables.LeagueCsv;
import org.probationinspections.web.pages.tables.LeagueOrder;
import org.probationinspections.web.security.RequestSecurity;

/** The national pages: the dashboard, the league table, the overdue actions, the API's guide. */
public record DashboardPages(AsAtViews views) {

  /**
   * Rows of the dashboard's heatmap per page: the whole country (about 110 PDUs) at national size.
   */
  static final int DASHBOARD_ROWS = 120;

  /** Rows of the league table per page. */
  static final int LEAGUE_ROWS = 50;

  /** Overdue actions per page, most overdue first. */
  static final int OVERDUE_ROWS = 50;

  public void register(Routes routes) {
    routes.get("/", this::dashboard);
    routes.get("/dashboard/charts", this::charts);
    routes.get("/league", this::league);
    routes.get("/league.csv", this::leagueCsv);
    routes.get("/overdue", this::overdue);
    routes.get("/api", ctx -> Html.render(ctx, "pages/api.jte"));
  }

  /**
   * A provider's home is My actions: the bare address sends them there; the dashboard itself is
   * still theirs to read with any filter (the navigation's link carries one).
   */
  private void dashboard(Context ctx) {
    if (RequestSecurity.answersForRegions() && ctx.queryParamMap().isEmpty()) {
      ctx.redirect("/my-actions");
      return;
    }
    Optional<String> region = Params.query(ctx, "region");
    Optional<Integer> year = Params.queryInt(ctx, "year");
    int offset = Math.max(0, Params.queryInt(ctx, "offset").orElse(0));
    DashboardUseCase.Sort sort = HeatmapSort.of(ctx, views.web(ctx).listStandards().list());
    var dashboard =
        views
            .web(ctx)
            .dashboard()
            .dashboard(
                new DashboardUseCase.Query(
                    region, year, new Page.Request(offset, DASHBOARD_ROWS), sort));
    Render.page(
        ctx,
        "dashboard",
        new Models.DashboardPage(
            dashboard,
            views.web(ctx).listRegions().names(),
            region,
            year,
            offset,
            DASHBOARD_ROWS,
            HeatmapSort.key(sort),
            sort.ascending()));
  }

  /** Regions a page of the chart by region shows. */
  static final int CHART_REGIONS = 24;

  /**
   * The dashboard's charts: a fragment the dashboard loads after it is shown (htmx), or a page of
   * their own (the dashboard's link, without a script). Their counts cover the whole country, so
   * the dashboard does not wait for them.
   */
  private void charts(Context ctx) {
    Optional<String> region = Params.query(ctx, "region");
    Optional<Integer> year = Params.queryInt(ctx, "year");
    int from = Math.max(0, Params.queryInt(ctx, "from").orElse(0));
    var counts =
        views
            .insight(ctx)
            .ratingCharts()
            .counts(
                new RatingChartsUseCase.Query(region, year, new Page.Request(from, CHART_REGIONS)));
    var page = new InsightModels.ChartsPage(counts, region, year, from, CHART_REGIONS);
    if (ctx.header("HX-Request") != null) {
      Html.render(ctx, "partials/ratingCharts.jte", java.util.Map.of("page", page));
    } else {
      Render.page(ctx, "charts", page);
    }
  }

  /** A page of the league: the store ranks every row the filters keep and reads the page's 50. */
  private void league(Context ctx) {
    League league = asked(ctx);
    int offset = Math.max(0, Params.queryInt(ctx, "offset").orElse(0));
    LeagueUseCase.League page = league.page(ctx, views, offset, LEAGUE_ROWS);
    Render.page(
        ctx,
        "league",
        new Models.LeaguePage(
            rows(page),
            page.total(),
            offset,
            LEAGUE_ROWS,
            league.standards(),
            league.order().key(),
            league.ascending(),
            league.region(),
            views.web(ctx).listRegions().names(),
            regional(ctx, league.region())));
  }

  /** The whole league as CSV, read from the store a page at a time and written as it comes. */
  private void leagueCsv(Context ctx) throws java.io.IOException {
    League league = asked(ctx);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"league.csv\"");
    LeagueCsv.write(
        offset -> rows(league.page(ctx, views, offset, LEAGUE_CSV_ROWS)),
        league.standards(),
        ctx.res().getOutputStream());
  }

  /** Rows of the league read at a time for its CSV. */
  static final int LEAGUE_CSV_ROWS = 500;

  private static List<Models.LeagueRow> rows(LeagueUseCase.League page) {
    return page.rows().stream()
        .map(row -> new Models.LeagueRow(row.place(), row.inspection()))
        .toList();
  }

  /** The league a request asks for: its order, direction and region. */
  private record League(
      LeagueOrder order,
      List<DashboardUseCase.StandardColumn> standards,
      boolean ascending,
      Optional<String> region) {

    LeagueUseCase.League page(Context ctx, AsAtViews views, int offset, int rows) {
      LeagueUseCase.RankedBy by =
          switch (order.key()) {
            case "score" -> LeagueUseCase.RankedBy.SCORE;
            case "overall" -> LeagueUseCase.RankedBy.OVERALL;
            default -> LeagueUseCase.RankedBy.STANDARD;
          };
      return views
          .insight(ctx)
          .league()
          .page(
              new LeagueUseCase.Query(
                  region, by, order.standard(), ascending, new Page.Request(offset, rows)));
    }
  }

  private League asked(Context ctx) {
    String sort = Params.query(ctx, "sort").orElse("score");
    boolean ascending = Params.query(ctx, "dir").map("asc"::equals).orElse(false);
    var standards = views.web(ctx).listStandards().list();
    return new League(
        LeagueOrder.of(sort, standards), standards, ascending, Params.query(ctx, "region"));
  }

  /** The latest inspection of each unit of {@code level}, in the region if one is chosen. */
  private List<InspectionSummary> latest(
      Context ctx, Optional<String> region, UnitLevel level, Page.Request page) {
    return views
        .web(ctx)
        .listInspections()
        .list(
            new ListInspectionsUseCase.Query(
                region, Optional.empty(), Optional.empty(), Optional.of(level), true, page))
        .items();
  }

  /** The latest inspection of each region and of the national service, shown beside the PDUs. */
  private List<InspectionSummary> regional(Context ctx, Optional<String> region) {
    List<InspectionSummary> regional = new java.util.ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.REGION, UnitLevel.NATIONAL)) {
      regional.addAll(latest(ctx, region, level, new Page.Request(0, REGIONAL_ROWS)));
    }
    return regional;
  }

  /** The most regions' and national inspections listed beside the PDUs. */
  static final int REGIONAL_ROWS = 100;

  private void overdue(Context ctx) {
    Optional<String> region = Params.query(ctx, "region");
    Optional<LocalDate> asOf = Params.date("asOf", ctx.queryParam("asOf"));
    Optional<String> cursor = Params.query(ctx, "cursor");
    CursorPage<OverdueActionView> actions =
        views
            .web(ctx)
            .listOverdue()
            .page(
                new ListOverdueActionsUseCase.PageQuery(
                    asOf, region, new CursorPage.Request(cursor, OVERDUE_ROWS)));
    Render.page(
        ctx,
        "overdue",
        new Models.OverduePage(
            actions.items(),
            views.web(ctx).listRegions().names(),
            region,
            asOf,
            actions.next().map(next -> NextPage.link(ctx, next)),
            cursor.map(c -> NextPage.first(ctx))));
  }
}
