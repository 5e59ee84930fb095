package org.probationinspections.web.api;

import io.javalin.http.Context;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.PublishedOutcomesFile;
import org.probationinspections.web.Routes;

/** Imports: the interchange JSON of each kind, and published documents' text. */
record ImportApi(AsAtViews views, Bodies bodies) {

  void register(Routes routes) {
    routes.post(
        "/api/inspections/import",
        ctx ->
            Replies.imported(
                ctx,
                views
                    .web(ctx)
                    .importInspection()
                    .importInspection(
                        bodies.read(ctx, InspectionDocument.class),
                        Params.onConflict(ctx.queryParam("onConflict")))));
    routes.post(
        "/api/reviews/import",
        ctx ->
            Replies.imported(
                ctx,
                views
                    .web(ctx)
                    .importReview()
                    .importReview(
                        bodies.read(ctx, RegionalReviewDocument.class),
                        Params.onConflict(ctx.queryParam("onConflict")))));
    routes.post(
        "/api/action-plans/import",
        ctx ->
            Replies.imported(
                ctx,
                views
                    .web(ctx)
                    .importPlan()
                    .importPlan(
                        bodies.read(ctx, ActionPlanDocument.class),
                        Params.onConflict(ctx.queryParam("onConflict")))));
    routes.post("/api/documents", this::importDocument);
    routes.post("/api/published-outcomes/import", this::importPublishedOutcomes);
  }

  /**
   * A published record as the request body: the JSON of {@code published-outcomes.json}, or a CSV
   * with the same columns (sent as {@code text/csv}, or named {@code name=….csv}); one transaction
   * for all its rows, rolled back when {@code dryRun=true}. Answers what became (or would become)
   * of each row.
   */
  private void importPublishedOutcomes(Context ctx) {
    boolean csv =
        ctx.contentType() != null
            && ctx.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
    String name =
        Params.query(ctx, "name")
            .orElse(csv ? "published-outcomes.csv" : "published-outcomes.json");
    if (csv && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      name = name + ".csv";
    }
    java.util.List<ImportPublishedOutcomesUseCase.OutcomeRow> rows;
    try {
      rows = PublishedOutcomesFile.read(name, ctx.bodyAsBytes());
    } catch (java.io.IOException unreadable) {
      throw new org.probationinspections.web.BadRequestException(
          "", "the body is not the JSON of a published record: " + unreadable.getMessage());
    }
    boolean dryRun = Params.queryFlag(ctx, "dryRun");
    var outcomes =
        views
            .web(ctx)
            .importOutcomes()
            .importOutcomes(new ImportPublishedOutcomesUseCase.Command(name, rows, dryRun));
    ctx.status(
            !dryRun
                    && outcomes.stream()
                        .anyMatch(o -> o.outcome().effect() == ImportOutcome.Effect.CREATED)
                ? 201
                : 200)
        .json(outcomes);
  }

  /**
   * A published document's text (a PDU report, regional letter or action plan extracted from its
   * PDF) as the request body; {@code name} names it in messages, {@code dryRun=true} stores
   * nothing, {@code onConflict} (refuse, merge, replace) says what to do with a stored inspection,
   * regional letter or action plan that changed since the document.
   */
  private void importDocument(Context ctx) {
    byte[] content = ctx.bodyAsBytes();
    var result =
        views
            .web(ctx)
            .importDocument()
            .importDocument(
                new ImportPublishedDocumentUseCase.Command(
                    Params.query(ctx, "name").orElse("document.txt"),
                    content,
                    Params.queryFlag(ctx, "dryRun"),
                    Params.onConflict(ctx.queryParam("onConflict"))));
    ctx.status(
            result.outcome().effect() == ImportOutcome.Effect.CREATED && !result.dryRun()
                ? 201
                : 200)
        .json(result);
  }
}
