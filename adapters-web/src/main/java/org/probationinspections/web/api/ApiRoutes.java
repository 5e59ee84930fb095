package org.probationinspections.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.units.port.in.AddPduAliasUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/**
 * The REST API: each handler reads the request, calls one use case and writes its answer in the
 * interchange shape. No rule is decided here.
 */
public final class ApiRoutes {

  private final AsAtViews views;
  private final ObjectMapper json;
  private final InspectionJson inspectionJson;

  public ApiRoutes(AsAtViews views, ObjectMapper json) {
    this.views = views;
    this.json = json;
    this.inspectionJson = new InspectionJson(json, InspectionJson.DEFAULT_KEPT_BYTES);
  }

  public void register(Routes routes) {
    routes.get("/api/openapi.json", this::openApi);

    routes.get("/api/regions", ctx -> ctx.json(views.web(ctx).listRegions().list()));
    routes.post("/api/regions", this::registerRegion);
    routes.get(
        "/api/pdus", ctx -> ctx.json(views.web(ctx).listPdus().list(Params.query(ctx, "region"))));
    routes.post("/api/pdus", this::registerPdu);
    routes.post("/api/pdus/{id}/aliases", this::addAlias);

    routes.get("/api/inspections", this::listInspections);
    routes.post("/api/inspections", this::recordInspection);
    routes.post("/api/inspections/import", this::importInspection);
    routes.get("/api/inspections/{id}", this::getInspection);
    routes.put("/api/inspections/{id}/standards/{code}/key-questions", this::recordKeyQuestions);
    routes.put("/api/inspections/{id}/standards/{code}/judgement", this::judge);
    routes.post("/api/inspections/{id}/recommendations", this::addRecommendation);

    routes.get(
        "/api/reviews",
        ctx -> ctx.json(views.web(ctx).listReviews().list(Params.query(ctx, "region"))));
    routes.post("/api/reviews", this::publishReview);
    routes.post("/api/reviews/import", this::importReview);
    routes.get(
        "/api/reviews/{id}",
        ctx -> ctx.json(views.web(ctx).getReview().get(new ReviewId(ctx.pathParam("id")))));

    routes.get(
        "/api/action-plans",
        ctx -> ctx.json(views.web(ctx).listActionPlans().list(Params.query(ctx, "region"))));
    routes.post("/api/action-plans", this::draftPlan);
    routes.post("/api/action-plans/import", this::importPlan);
    routes.post("/api/documents", this::importDocument);
    routes.get("/api/action-plans/{id}", ctx -> ctx.json(plan(ctx)));
    routes.post("/api/action-plans/{id}/items", this::respond);
    routes.post("/api/action-plans/{id}/items/{n}/actions", this::addAction);
    routes.post("/api/action-plans/{id}/items/{n}/actions/{k}/progress", this::reportProgress);
    routes.post("/api/action-plans/{id}/items/{n}/actions/{k}/target", this::retarget);
    routes.post("/api/action-plans/{id}/items/{n}/follow-up", this::followUp);

    routes.get("/api/overdue-actions", this::overdue);
    routes.get("/api/dashboard", this::dashboard);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      ctx.contentType("application/json")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private void registerRegion(Context ctx) {
    Requests.NewRegion body = body(ctx, Requests.NewRegion.class);
    String id =
        views
            .web(ctx)
            .registerRegion()
            .register(new RegisterRegionUseCase.Command(body.name()))
            .value();
    created(ctx, "/api/regions/" + id, Map.of("id", id, "name", body.name().strip()));
  }

  private void registerPdu(Context ctx) {
    Requests.NewPdu body = body(ctx, Requests.NewPdu.class);
    PduId id =
        views
            .web(ctx)
            .registerPdu()
            .register(new RegisterPduUseCase.Command(body.region(), body.name(), body.aliases()));
    created(
        ctx,
        "/api/pdus/" + id.value(),
        views.web(ctx).listPdus().list(Optional.empty()).stream()
            .filter(pdu -> pdu.id().equals(id.value()))
            .findFirst()
            .orElseThrow());
  }

  private void addAlias(Context ctx) {
    Requests.NewAlias body = body(ctx, Requests.NewAlias.class);
    PduId id = new PduId(ctx.pathParam("id"));
    views.web(ctx).addPduAlias().addAlias(new AddPduAliasUseCase.Command(id, body.alias()));
    ctx.json(
        views.web(ctx).listPdus().list(Optional.empty()).stream()
            .filter(pdu -> pdu.id().equals(id.value()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("PDU", id.value())));
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
    Requests.NewInspection body = body(ctx, Requests.NewInspection.class);
    Optional<Integer> cases = opt(body.casesInspected());
    InspectionId id =
        views
            .web(ctx)
            .recordInspection()
            .record(
                new RecordInspectionUseCase.Command(
                    body.pdu(),
                    new FrameworkId(body.framework()),
                    body.fieldworkStarted(),
                    opt(body.published()),
                    opt(body.leadInspector()),
                    cases.map(OptionalInt::of).orElse(OptionalInt.empty())));
    created(ctx, "/api/inspections/" + id.value(), inspection(ctx, id.value()));
  }

  private void importInspection(Context ctx) {
    ImportOutcome outcome =
        views.web(ctx).importInspection().importInspection(body(ctx, InspectionDocument.class));
    ctx.status(outcome.effect() == ImportOutcome.Effect.CREATED ? 201 : 200).json(outcome);
  }

  private void importReview(Context ctx) {
    imported(
        ctx, views.web(ctx).importReview().importReview(body(ctx, RegionalReviewDocument.class)));
  }

  private void importPlan(Context ctx) {
    imported(ctx, views.web(ctx).importPlan().importPlan(body(ctx, ActionPlanDocument.class)));
  }

  /**
   * A published document's text (a PDU report, regional letter or action plan extracted from its
   * PDF) as the request body; {@code name} names it in messages, {@code dryRun=true} stores
   * nothing.
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
                    Params.queryFlag(ctx, "dryRun")));
    ctx.status(
            result.outcome().effect() == ImportOutcome.Effect.CREATED && !result.dryRun()
                ? 201
                : 200)
        .json(result);
  }

  private static void imported(Context ctx, ImportOutcome outcome) {
    ctx.status(outcome.effect() == ImportOutcome.Effect.CREATED ? 201 : 200).json(outcome);
  }

  private void recordKeyQuestions(Context ctx) {
    Requests.KeyQuestions body = body(ctx, Requests.KeyQuestions.class);
    if (body.keyQuestions() == null) {
      throw new InvalidValueException("keyQuestions", "is required");
    }
    List<KeyQuestionResult> results =
        body.keyQuestions().stream()
            .map(kq -> new KeyQuestionResult(kq.question(), kq.percentYes()))
            .toList();
    String code = ctx.pathParam("code");
    var rating =
        views
            .web(ctx)
            .recordKeyQuestions()
            .record(
                new RecordKeyQuestionResultsUseCase.Command(
                    new InspectionId(ctx.pathParam("id")), code, results));
    ctx.json(Map.of("code", code, "rating", rating));
  }

  private void judge(Context ctx) {
    Requests.Judgement body = body(ctx, Requests.Judgement.class);
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
    Requests.NewRecommendation body = body(ctx, Requests.NewRecommendation.class);
    if (body.addressee() == null) {
      throw new InvalidValueException("addressee", "is required");
    }
    String id = ctx.pathParam("id");
    int number =
        views
            .web(ctx)
            .addRecommendation()
            .add(
                new AddRecommendationUseCase.Command(
                    new InspectionId(id),
                    body.addressee().level(),
                    body.addressee().name(),
                    body.text()));
    created(
        ctx,
        "/api/inspections/" + id,
        inspection(ctx, id).recommendations().stream()
            .filter(r -> r.number() == number)
            .findFirst()
            .orElseThrow());
  }

  private void publishReview(Context ctx) {
    Requests.NewReview body = body(ctx, Requests.NewReview.class);
    List<Observation> observations =
        opt(body.observations()).stream()
            .map(o -> new Observation(o.theme(), o.kind(), o.text()))
            .toList();
    ReviewId id =
        views
            .web(ctx)
            .publishReview()
            .publish(
                new PublishRegionalReviewUseCase.Command(
                    body.region(),
                    body.date(),
                    body.inspectionIds() == null
                        ? null
                        : body.inspectionIds().stream().map(InspectionId::new).toList(),
                    observations));
    created(ctx, "/api/reviews/" + id.value(), views.web(ctx).getReview().get(id));
  }

  private void draftPlan(Context ctx) {
    Requests.NewPlan body = body(ctx, Requests.NewPlan.class);
    ActionPlanId id =
        views
            .web(ctx)
            .draftActionPlan()
            .draft(
                new DraftActionPlanUseCase.Command(
                    body.region(), opt(body.reviewId()).map(ReviewId::new), body.submitted()));
    created(ctx, "/api/action-plans/" + id.value(), views.web(ctx).getActionPlan().get(id));
  }

  private void respond(Context ctx) {
    Requests.NewItem body = body(ctx, Requests.NewItem.class);
    List<RecommendationRef> answers =
        body.answers() == null
            ? null
            : body.answers().stream()
                .map(
                    a ->
                        new RecommendationRef(
                            a.inspectionId() == null ? null : new InspectionId(a.inspectionId()),
                            a.recommendationNumber() == null ? 0 : a.recommendationNumber()))
                .toList();
    ActionPlanId plan = new ActionPlanId(ctx.pathParam("id"));
    int number =
        views
            .web(ctx)
            .respond()
            .respond(
                new RespondToRecommendationUseCase.Command(
                    plan, answers, body.response(), opt(body.reason()), body.explanation()));
    created(
        ctx,
        "/api/action-plans/" + plan.value(),
        views.web(ctx).getActionPlan().get(plan).items().stream()
            .filter(item -> item.number() == number)
            .findFirst()
            .orElseThrow());
  }

  private void addAction(Context ctx) {
    Requests.NewAction body = body(ctx, Requests.NewAction.class);
    ActionPlanId plan = new ActionPlanId(ctx.pathParam("id"));
    var ref =
        views
            .web(ctx)
            .addAction()
            .add(
                new AddActionUseCase.Command(
                    plan,
                    Params.pathInt(ctx, "n"),
                    body.text(),
                    body.owners(),
                    opt(body.target()),
                    opt(body.status()).orElse(ActionStatus.PLANNED)));
    created(ctx, "/api/action-plans/" + plan.value(), action(ctx, plan, ref));
  }

  private void reportProgress(Context ctx) {
    Requests.Progress body = body(ctx, Requests.Progress.class);
    ActionPlanId plan = new ActionPlanId(ctx.pathParam("id"));
    ActionRef ref = new ActionRef(Params.pathInt(ctx, "n"), Params.pathInt(ctx, "k"));
    views
        .web(ctx)
        .updateProgress()
        .update(
            new UpdateActionProgressUseCase.Command(
                plan,
                ref,
                body.status(),
                body.note(),
                body.by(),
                opt(body.expectedVersion()).map(OptionalLong::of).orElse(OptionalLong.empty())));
    ctx.json(action(ctx, plan, ref));
  }

  private void retarget(Context ctx) {
    Requests.Retarget body = body(ctx, Requests.Retarget.class);
    ActionPlanId plan = new ActionPlanId(ctx.pathParam("id"));
    ActionRef ref = new ActionRef(Params.pathInt(ctx, "n"), Params.pathInt(ctx, "k"));
    views
        .web(ctx)
        .retarget()
        .retarget(
            new RetargetActionUseCase.Command(plan, ref, body.target(), body.reason(), body.by()));
    ctx.json(action(ctx, plan, ref));
  }

  private void followUp(Context ctx) {
    Requests.FollowUp body = body(ctx, Requests.FollowUp.class);
    ActionPlanId plan = new ActionPlanId(ctx.pathParam("id"));
    int item = Params.pathInt(ctx, "n");
    views
        .web(ctx)
        .judgeFollowUp()
        .judge(
            new JudgeFollowUpUseCase.Command(
                plan,
                item,
                body.judgement(),
                body.note(),
                Boolean.TRUE.equals(body.close()),
                body.by() == null ? "API user" : body.by()));
    ctx.json(
        views.web(ctx).getActionPlan().get(plan).items().stream()
            .filter(i -> i.number() == item)
            .findFirst()
            .orElseThrow());
  }

  private void overdue(Context ctx) {
    ctx.json(
        views
            .web(ctx)
            .listOverdue()
            .list(
                new ListOverdueActionsUseCase.Query(
                    Params.date("asOf", ctx.queryParam("asOf")), Params.query(ctx, "region"))));
  }

  private void dashboard(Context ctx) {
    ctx.json(
        views
            .web(ctx)
            .dashboard()
            .dashboard(
                new DashboardUseCase.Query(
                    Params.query(ctx, "region"), Params.queryInt(ctx, "year"))));
  }

  private void getInspection(Context ctx) throws JsonProcessingException {
    InspectionId id = new InspectionId(ctx.pathParam("id"));
    if (views.isPast(ctx)) {
      ctx.json(views.web(ctx).getInspection().get(id));
      return;
    }
    inspectionJson.serve(ctx, views.web(ctx).getInspection(), id);
  }

  private InspectionDocument inspection(Context ctx, String id) {
    return views.web(ctx).getInspection().get(new InspectionId(id));
  }

  private Object plan(Context ctx) {
    return views.web(ctx).getActionPlan().get(new ActionPlanId(ctx.pathParam("id")));
  }

  private ActionDocument action(Context ctx, ActionPlanId plan, ActionRef ref) {
    return views.web(ctx).getActionPlan().get(plan).items().stream()
        .filter(item -> item.number() == ref.itemNumber())
        .flatMap(item -> item.actions().stream())
        .filter(action -> action.number().orElse(0) == ref.actionNumber())
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Action", ref.itemNumber() + "." + ref.actionNumber() + " of plan " + plan));
  }

  private static void created(Context ctx, String location, Object body) {
    ctx.status(201).header("Location", location).json(body);
  }

  /** Reads the body; malformed JSON is a 400, a value a record refuses is the domain's 422. */
  private <T> T body(Context ctx, Class<T> type) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw new BadRequestException("", "The request needs a JSON body");
    }
    try {
      T value = json.readValue(text, type);
      if (value == null) {
        throw new BadRequestException("", "The request body must be a JSON object, not null");
      }
      return value;
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof DomainException domain) {
        throw domain;
      }
      String field =
          e.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
      throw new BadRequestException(
          field,
          "The JSON could not be read"
              + (field.isEmpty() ? "" : " at '" + field + "'")
              + ": "
              + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new BadRequestException("", "The body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static <T> Optional<T> opt(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  private static <T> List<T> opt(List<T> value) {
    return value == null ? List.of() : value;
  }
}
