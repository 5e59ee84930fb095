package org.probationinspections.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** Inspections: list, record, read, key-question results, judgements, recommendations. */
record InspectionApi(AsAtViews views, Bodies bodies, InspectionJson inspectionJson) {

  InspectionApi(AsAtViews views, Bodies bodies, ObjectMapper json) {
    this(views, bodies, new InspectionJson(json, InspectionJson.DEFAULT_KEPT_BYTES));
  }

  void register(Routes routes) {
    routes.get("/api/inspections", this::listInspections);
    routes.post("/api/inspections", this::recordInspection);
    routes.get("/api/inspections/{id}", this::getInspection);
    routes.put("/api/inspections/{id}/standards/{code}/key-questions", this::recordKeyQuestions);
    routes.put("/api/inspections/{id}/standards/{code}/judgement", this::judge);
    routes.post("/api/inspections/{id}/recommendations", this::addRecommendation);
  }

  private void listInspections(Context ctx) {
    Page.Request page =
        new Page.Request(
            Params.queryInt(ctx, "offset").orElse(Page.Request.FIRST.offset()),
            Math.min(
                Params.queryInt(ctx, "limit").orElse(Page.Request.FIRST.limit()),
                Page.Request.MAX_LIMIT));
    ctx.json(
        views
            .web(ctx)
            .listInspections()
            .list(
                new ListInspectionsUseCase.Query(
                    Params.query(ctx, "region"),
                    Params.query(ctx, "pdu"),
                    Params.queryInt(ctx, "year"),
                    Params.queryFlag(ctx, "latestOnly"),
                    page)));
  }

  private void recordInspection(Context ctx) {
    Requests.NewInspection body = bodies.read(ctx, Requests.NewInspection.class);
    InspectionId id = views.web(ctx).recordInspection().record(body.command());
    Replies.created(ctx, "/api/inspections/" + id.value(), inspection(ctx, id.value()));
  }

  private void getInspection(Context ctx) throws JsonProcessingException {
    InspectionId id = new InspectionId(ctx.pathParam("id"));
    if (views.isPast(ctx)) {
      ctx.json(views.web(ctx).getInspection().get(id));
      return;
    }
    inspectionJson.serve(ctx, views.web(ctx).getInspection(), id);
  }

  private void recordKeyQuestions(Context ctx) {
    Requests.KeyQuestions body = bodies.read(ctx, Requests.KeyQuestions.class);
    if (body.keyQuestions() == null) {
      throw new InvalidValueException("keyQuestions", "is required");
    }
    List<KeyQuestionResult> results =
        body.keyQuestions().stream()
            .map(kq -> new KeyQuestionResult(kq.question(), kq.percentYes()))
            .toList();
    String code = ctx.pathParam("code");
    InspectionId inspection = new InspectionId(ctx.pathParam("id"));
    var rating =
        views
            .web(ctx)
            .recordKeyQuestions()
            .record(new RecordKeyQuestionResultsUseCase.Command(inspection, code, results));
    ctx.json(Map.of("code", code, "rating", rating));
  }

  private void judge(Context ctx) {
    Requests.Judgement body = bodies.read(ctx, Requests.Judgement.class);
    String code = ctx.pathParam("code");
    views
        .web(ctx)
        .judgeStandard()
        .judge(
            new JudgeStandardUseCase.Command(
                new InspectionId(ctx.pathParam("id")), code, body.rating()));
    ctx.json(Map.of("code", code, "rating", body.rating()));
  }

  private void addRecommendation(Context ctx) {
    Requests.NewRecommendation body = bodies.read(ctx, Requests.NewRecommendation.class);
    String id = ctx.pathParam("id");
    int number = views.web(ctx).addRecommendation().add(body.command(new InspectionId(id)));
    Replies.created(
        ctx,
        "/api/inspections/" + id,
        inspection(ctx, id).recommendations().stream()
            .filter(r -> r.number() == number)
            .findFirst()
            .orElseThrow());
  }

  private InspectionDocument inspection(Context ctx, String id) {
    return views.web(ctx).getInspection().get(new InspectionId(id));
  }
}
