package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.AwaitingJudgementView;
import org.probationinspections.application.plan.port.in.LetterAwaitingPlanView;
import org.probationinspections.application.plan.port.in.ListLettersAwaitingPlanUseCase;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.NextPage;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/**
 * An inspector's work: the items of action plans awaiting the inspectorate's judgement and the
 * regional letters awaiting a plan, each list paged on its own ({@code items} and {@code letters}
 * name their cursors).
 */
public record MyWorkPages(AsAtViews views) {

  /** Rows of each list per page. */
  static final int ROWS = 50;

  public void register(Routes routes) {
    routes.get("/my-work", this::page);
  }

  private void page(Context ctx) {
    Optional<String> itemsCursor = Params.query(ctx, "items");
    Optional<String> lettersCursor = Params.query(ctx, "letters");
    Optional<LocalDate> asOf = Params.date("asOf", ctx.queryParam("asOf"));
    CursorPage<AwaitingJudgementView> items =
        views.web(ctx).listAwaitingJudgement().page(new CursorPage.Request(itemsCursor, ROWS));
    CursorPage<LetterAwaitingPlanView> letters =
        views
            .web(ctx)
            .listLettersAwaitingPlan()
            .page(
                new ListLettersAwaitingPlanUseCase.Query(
                    asOf, new CursorPage.Request(lettersCursor, ROWS)));
    Render.page(
        ctx,
        "myWork",
        new Models.MyWorkPage(
            items.items(),
            items.next().map(next -> NextPage.link(ctx, "items", next)),
            itemsCursor.map(c -> NextPage.first(ctx, "items")),
            letters.items(),
            letters.next().map(next -> NextPage.link(ctx, "letters", next)),
            lettersCursor.map(c -> NextPage.first(ctx, "letters"))));
  }
}
