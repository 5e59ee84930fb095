package org.probationinspections.web.api;

import io.javalin.http.Context;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.security.SecurityUseCases;

/** The audit trail as JSON: who changed what, when, before and after. */
record AuditApi(SecurityUseCases security) {

  void register(Routes routes) {
    routes.get("/api/audit", ctx -> ctx.json(security.auditTrail().list(query(ctx))));
  }

  /**
   * The entries after the sequence number {@code after} (0 if absent), at most {@code limit} of
   * them (1 to 500, 50 if absent): the next page starts after the last entry's sequence.
   */
  private static ListAuditTrailUseCase.Query query(Context ctx) {
    return new ListAuditTrailUseCase.Query(
        Params.query(ctx, "type"),
        Params.query(ctx, "id"),
        Params.queryInt(ctx, "after").orElse(0),
        Paging.request(ctx).limit());
  }
}
