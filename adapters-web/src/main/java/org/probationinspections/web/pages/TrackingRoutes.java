package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.security.SecurityUseCases;

/** The audit trail: as JSON under {@code /api/audit}, and as each record's history on its page. */
public final class TrackingRoutes {

  private final SecurityUseCases security;

  public TrackingRoutes(SecurityUseCases security) {
    this.security = security;
  }

  public void register(Routes routes) {
    routes.get("/api/audit", ctx -> ctx.json(security.auditTrail().list(query(ctx, 1000))));
    routes.get("/history", this::history);
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
}
