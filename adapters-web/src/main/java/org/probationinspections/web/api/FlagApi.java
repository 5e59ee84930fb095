package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.flag.port.in.ListFlagsUseCase;
import org.probationinspections.application.flag.port.in.ResolveFlagUseCase;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** The flags imports raised: the open ones, or one record's; resolving one. */
record FlagApi(AsAtViews views, Bodies bodies) {

  /** How a flag is resolved: CONFIRMED or CORRECTED, and a note. */
  record ResolutionBody(String outcome, String note) {}

  /** How many open flags a list gives when it is not told. */
  static final int DEFAULT_LIMIT = 50;

  void register(Routes routes) {
    routes.get("/api/flags", this::list);
    routes.post("/api/flags/{id}/resolution", this::resolve);
  }

  /**
   * {@code ?inspection=}, {@code ?review=} or {@code ?actionPlan=}: every flag of that record, open
   * or resolved; else the open flags, oldest first, {@code limit} of them (1 to 500, 50 if absent).
   */
  private void list(Context ctx) {
    ListFlagsUseCase flags = views.web(ctx).listFlags();
    Optional<FlaggedRecord> record =
        Params.query(ctx, "inspection")
            .map(id -> new FlaggedRecord(FlaggedRecord.Kind.INSPECTION, id))
            .or(
                () ->
                    Params.query(ctx, "review")
                        .map(id -> new FlaggedRecord(FlaggedRecord.Kind.REVIEW, id)))
            .or(
                () ->
                    Params.query(ctx, "actionPlan")
                        .map(id -> new FlaggedRecord(FlaggedRecord.Kind.ACTION_PLAN, id)));
    List<FlagView> items;
    if (record.isPresent()) {
      items = flags.of(record.get());
    } else {
      int limit = Params.queryInt(ctx, "limit").orElse(DEFAULT_LIMIT);
      if (limit < 1 || limit > ListFlagsUseCase.MOST_OPEN) {
        throw new BadRequestException(
            "limit", "limit must be from 1 to " + ListFlagsUseCase.MOST_OPEN + ", was " + limit);
      }
      items = flags.open(limit);
    }
    ctx.json(new Paging.Listing<>(items, Optional.empty()));
  }

  private void resolve(Context ctx) {
    ResolutionBody body = bodies.readWhole(ctx, ResolutionBody.class);
    ctx.json(
        views
            .web(ctx)
            .resolveFlag()
            .resolve(
                new ResolveFlagUseCase.Command(
                    new FlagId(ctx.pathParam("id")),
                    Params.choice("outcome", body.outcome(), Resolution.Outcome.class)
                        .orElseThrow(
                            () ->
                                new BadRequestException(
                                    "outcome", "outcome: give CONFIRMED or CORRECTED")),
                    body.note())));
  }
}
