package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.ListMyActionsUseCase;
import org.probationinspections.application.plan.port.in.MyActionsView;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.NextPage;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.tables.MyActionsCsv;

/**
 * A provider's home: the actions of their regions' plans due this month or overdue, and the items
 * awaiting the inspectorate's judgement; the same actions as CSV, read and written a page at a
 * time.
 */
public record MyActionsPages(AsAtViews views) {

  /** Actions per page, earliest target first. */
  static final int ROWS = 50;

  /** Actions read from the store at a time while the CSV is written. */
  static final int CSV_BATCH = 500;

  public void register(Routes routes) {
    routes.get("/my-actions", this::page);
    routes.get("/my-actions.csv", this::csv);
  }

  private void page(Context ctx) {
    Optional<String> cursor = Params.query(ctx, "cursor");
    Optional<String> owner = Params.query(ctx, "owner");
    Optional<ActionStatus> status = status(ctx);
    MyActionsView view =
        views
            .web(ctx)
            .listMyActions()
            .page(query(ctx, owner, status, new CursorPage.Request(cursor, ROWS)));
    Render.page(
        ctx,
        "myActions",
        new Models.MyActionsPage(
            view,
            owner,
            status,
            view.next().map(next -> NextPage.link(ctx, next)),
            cursor.map(c -> NextPage.first(ctx)),
            csvLink(ctx)));
  }

  /** Every action the page's filters keep, a batch at a time, written as it is read. */
  private void csv(Context ctx) throws IOException {
    Optional<String> owner = Params.query(ctx, "owner");
    Optional<ActionStatus> status = status(ctx);
    ListMyActionsUseCase actions = views.web(ctx).listMyActions();
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"my-actions.csv\"");
    MyActionsCsv csv = new MyActionsCsv(ctx.res().getOutputStream());
    Optional<String> cursor = Optional.empty();
    do {
      MyActionsView page =
          actions.page(query(ctx, owner, status, new CursorPage.Request(cursor, CSV_BATCH)));
      csv.rows(page.actions());
      cursor = page.next();
    } while (cursor.isPresent());
    csv.finish();
  }

  private static ListMyActionsUseCase.Query query(
      Context ctx, Optional<String> owner, Optional<ActionStatus> status, CursorPage.Request page) {
    Optional<LocalDate> asOf = Params.date("asOf", ctx.queryParam("asOf"));
    return new ListMyActionsUseCase.Query(asOf, owner, status, page);
  }

  /** The status filter: planned or in progress (the statuses of an action not yet done). */
  private static Optional<ActionStatus> status(Context ctx) {
    return Params.query(ctx, "status")
        .map(
            text -> {
              try {
                return ActionStatus.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
              } catch (IllegalArgumentException e) {
                throw new BadRequestException(
                    "status", "choose planned or in progress, not '" + text + "'");
              }
            });
  }

  /** The CSV of the actions the page's filters keep (all pages of them). */
  private static String csvLink(Context ctx) {
    String first = NextPage.first(ctx);
    return first.replaceFirst("^/my-actions", "/my-actions.csv");
  }
}
