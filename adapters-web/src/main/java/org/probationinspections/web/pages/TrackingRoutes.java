package org.probationinspections.web.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.in.RetargetActionUseCase;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.WebUseCases;
import org.probationinspections.web.security.SecurityUseCases;

/**
 * Tracking changes: the audit trail (as JSON under {@code /api/audit}, and as each record's history
 * on its page) and moving an action's target month with a reason.
 */
public final class TrackingRoutes {

  private final WebUseCases useCases;
  private final SecurityUseCases security;

  public TrackingRoutes(WebUseCases useCases, SecurityUseCases security) {
    this.useCases = useCases;
    this.security = security;
  }

  public void register(Javalin app) {
    app.get("/api/audit", ctx -> ctx.json(security.auditTrail().list(query(ctx, 1000))));
    app.get("/history", this::history);
    app.post("/action-plans/{id}/items/{n}/actions/{k}/target", this::retarget);
  }

  private ListAuditTrailUseCase.Query query(Context ctx, int defaultLimit) {
    return new ListAuditTrailUseCase.Query(
        Params.query(ctx, "type"),
        Params.query(ctx, "id"),
        Params.queryInt(ctx, "after").orElse(0),
        Math.min(Params.queryInt(ctx, "limit").orElse(defaultLimit), 10_000));
  }

  /** One record's history, newest last: a page of its own, or the fragment its page loads. */
  private void history(Context ctx) {
    String type = Params.query(ctx, "type").orElseThrow(() -> missing("type"));
    String id = Params.query(ctx, "id").orElseThrow(() -> missing("id"));
    var entries = security.auditTrail().list(ListAuditTrailUseCase.Query.of(type, id));
    ctx.render(
        "pages/history.jte",
        Map.of("page", new HistoryPage(type, id, entries, ctx.header("HX-Request") != null)));
  }

  public record HistoryPage(
      String type,
      String id,
      java.util.List<ListAuditTrailUseCase.AuditEntryView> entries,
      boolean fragment) {}

  private static BadRequestException missing(String name) {
    return new BadRequestException(name, name + " is required");
  }

  private void retarget(Context ctx) {
    ActionPlanId plan = new ActionPlanId(ctx.pathParam("id"));
    ActionRef ref = new ActionRef(Params.pathInt(ctx, "n"), Params.pathInt(ctx, "k"));
    String anchor =
        "/action-plans/" + plan.value() + "#action-" + ref.itemNumber() + "-" + ref.actionNumber();
    try {
      useCases
          .retarget()
          .retarget(
              new RetargetActionUseCase.Command(
                  plan,
                  ref,
                  Params.month("target", ctx.formParam("target")).orElse(null),
                  Optional.ofNullable(ctx.formParam("reason")).orElse(""),
                  "Web user"));
      ctx.redirect(anchor, HttpStatus.SEE_OTHER);
    } catch (DomainException | BadRequestException refused) {
      if (refused instanceof org.probationinspections.domain.common.NotPermittedException denied) {
        throw denied;
      }
      ctx.status(422)
          .render(
              "pages/error.jte",
              Map.of(
                  "page",
                  new ErrorPage(
                      422,
                      "The target was not moved",
                      refused.getMessage() + " — go back to the plan and try again.")));
    }
  }
}
