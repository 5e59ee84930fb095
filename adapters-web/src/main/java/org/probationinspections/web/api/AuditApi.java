package org.probationinspections.web.api;

import io.javalin.http.Context;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.security.SecurityUseCases;

/** The audit trail as JSON: who changed what, when, before and after. */
record AuditApi(SecurityUseCases security) {

  void register(Routes routes) {
    routes.get("/api/audit", ctx -> ctx.json(security.auditTrail().list(query(ctx, 1000))));
  }

  private static ListAuditTrailUseCase.Query query(Context ctx, int defaultLimit) {
    return new ListAuditTrailUseCase.Query(
        Params.query(ctx, "type"),
        Params.query(ctx, "id"),
        Params.queryInt(ctx, "after").orElse(0),
        Math.min(Params.queryInt(ctx, "limit").orElse(defaultLimit), 10_000));
  }
}
