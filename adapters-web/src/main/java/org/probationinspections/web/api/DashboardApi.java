package org.probationinspections.web.api;

import io.javalin.http.Context;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** The national picture: each PDU's latest ratings and where the actions stand. */
record DashboardApi(AsAtViews views) {

  void register(Routes routes) {
    routes.get("/api/dashboard", this::dashboard);
  }

  private void dashboard(Context ctx) {
    ctx.json(
        views
            .web(ctx)
            .dashboard()
            .dashboard(
                new DashboardUseCase.Query(
                    Params.query(ctx, "region"),
                    Params.queryInt(ctx, "year"),
                    Paging.offsetRequest(ctx))));
  }
}
