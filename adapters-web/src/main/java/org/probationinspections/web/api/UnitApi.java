package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.Map;
import org.probationinspections.application.units.port.in.AddPduAliasUseCase;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** Regions and PDUs: list, register, alias; a region's charts' counts. */
record UnitApi(AsAtViews views, Bodies bodies) {

  void register(Routes routes) {
    routes.get("/api/regions", ctx -> ctx.json(views.web(ctx).listRegions().list()));
    routes.post("/api/regions", this::registerRegion);
    routes.get("/api/regions/{id}/charts", this::regionCharts);
    routes.get(
        "/api/pdus",
        ctx ->
            Paging.answer(
                ctx, page -> views.web(ctx).listPdus().page(Params.query(ctx, "region"), page)));
    routes.post("/api/pdus", this::registerPdu);
    routes.post("/api/pdus/{id}/aliases", this::addAlias);
  }

  /**
   * The counts a region's page charts: its actions overdue at the end of each month and its
   * recommendations by theme (as at {@code ?asOf=} when asked).
   */
  private void regionCharts(Context ctx) {
    ctx.json(views.insight(ctx).regionCharts().charts(ctx.pathParam("id")));
  }

  private void registerRegion(Context ctx) {
    Requests.NewRegion body = bodies.read(ctx, Requests.NewRegion.class);
    String id = views.web(ctx).registerRegion().register(body.command()).value();
    Replies.created(ctx, "/api/regions/" + id, Map.of("id", id, "name", body.name().strip()));
  }

  private void registerPdu(Context ctx) {
    Requests.NewPdu body = bodies.read(ctx, Requests.NewPdu.class);
    PduId id = views.web(ctx).registerPdu().register(body.command());
    Replies.created(
        ctx, "/api/pdus/" + id.value(), views.web(ctx).getPdu().byId(id.value()).orElseThrow());
  }

  private void addAlias(Context ctx) {
    Requests.NewAlias body = bodies.read(ctx, Requests.NewAlias.class);
    PduId id = new PduId(ctx.pathParam("id"));
    views.web(ctx).addPduAlias().addAlias(new AddPduAliasUseCase.Command(id, body.alias()));
    ctx.json(
        views
            .web(ctx)
            .getPdu()
            .byId(id.value())
            .orElseThrow(() -> new NotFoundException("PDU", id.value())));
  }
}
