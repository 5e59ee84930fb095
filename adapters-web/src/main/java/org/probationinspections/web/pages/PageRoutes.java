package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.probationinspections.application.importing.port.in.DocumentKind;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
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
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.application.units.port.in.RegionView;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.ActionRow;
import org.probationinspections.web.pages.Models.Forms;
import org.probationinspections.web.pages.Models.ItemView;

/**
 * The server-rendered pages. Handlers read parameters, call use cases and hand their views to a
 * template; forms redirect after success (303) and show refusals beside their fields (422).
 */
public final class PageRoutes {

  static final String DEFAULT_FRAMEWORK = "hmip-probation-pdu-2021";

  /**
   * Rows of the dashboard's heatmap per page: the whole country (about 110 PDUs) at national size.
   */
  static final int DASHBOARD_ROWS = 120;

  /** The most overdue actions the overdue page lists. */
  static final int OVERDUE_ROWS = 500;

  private final AsAtViews views;

  public PageRoutes(AsAtViews views) {
    this.views = views;
  }

  public void register(Routes routes) {
    routes.get("/", this::dashboard);
    routes.get("/league", this::league);
    routes.get("/regions", ctx -> regions(ctx, Forms.none()));
    routes.post("/regions", this::createRegion);
    routes.post("/pdus", this::createPdu);
    routes.get("/regions/{id}", ctx -> region(ctx, Forms.none()));
    routes.get("/pdus/{id}", ctx -> pdu(ctx, Forms.none()));
    routes.post("/pdus/{id}/inspections", this::recordInspection);
    routes.get("/inspections/{id}", ctx -> inspection(ctx, Forms.none()));
    routes.post("/inspections/{id}/key-questions", this::recordKeyQuestions);
    routes.post("/inspections/{id}/judgement", this::judge);
    routes.post("/inspections/{id}/recommendations", this::addRecommendation);
    routes.get("/action-plans/{id}", ctx -> plan(ctx, Forms.none()));
    routes.get("/action-plans/{id}/print", this::printPlan);
    routes.post("/action-plans/{id}/actions", this::addAction);
    routes.post("/action-plans/{id}/items/{n}/actions/{k}/status", this::updateStatus);
    routes.post("/regions/{id}/reviews", this::publishReview);
    routes.post("/regions/{id}/action-plans", this::draftPlan);
    routes.post("/action-plans/{id}/items", this::respond);
    routes.post("/action-plans/{id}/targets", this::retarget);
    routes.post("/action-plans/{id}/items/{n}/follow-up", this::followUp);
    routes.get("/import", ctx -> render(ctx, "import", new Models.ImportPage(List.of())));
    routes.post("/import", this::importDocuments);
    // "/recommendations" is served by InsightPageRoutes, with themes.
    routes.get("/overdue", this::overdue);
    routes.get("/api", ctx -> ctx.render("pages/api.jte"));
  }

  // reading pages

  private void dashboard(Context ctx) {
    Optional<String> region = Params.query(ctx, "region");
    Optional<Integer> year = Params.queryInt(ctx, "year");
    int offset = Math.max(0, Params.queryInt(ctx, "offset").orElse(0));
    var dashboard =
        views
            .web(ctx)
            .dashboard()
            .dashboard(
                new DashboardUseCase.Query(region, year, new Page.Request(offset, DASHBOARD_ROWS)));
    render(
        ctx,
        "dashboard",
        new Models.DashboardPage(
            dashboard, views.web(ctx).listRegions().names(), region, year, offset, DASHBOARD_ROWS));
  }

  private void league(Context ctx) {
    String sort = Params.query(ctx, "sort").orElse("score");
    boolean ascending = Params.query(ctx, "dir").map("asc"::equals).orElse(false);
    List<InspectionSummary> latest =
        views
            .web(ctx)
            .listInspections()
            .list(
                new ListInspectionsUseCase.Query(
                    Optional.empty(), Optional.empty(), Optional.empty(), true, Page.Request.ALL))
            .items();
    List<Models.LeagueRow> rows = new ArrayList<>();
    List<InspectionSummary> sorted = LeagueOrder.sort(latest, sort, ascending);
    for (int i = 0; i < sorted.size(); i++) {
      rows.add(new Models.LeagueRow(i + 1, sorted.get(i)));
    }
    render(ctx, "league", new Models.LeaguePage(rows, standards(ctx), sort, ascending));
  }

  private void regions(Context ctx, Forms forms) {
    render(
        ctx,
        "regions",
        new Models.RegionsPage(
            views.web(ctx).listRegions().list(),
            views.web(ctx).listPdus().list(Optional.empty()),
            forms));
  }

  private void region(Context ctx, Forms forms) {
    String id = ctx.pathParam("id");
    RegionView region =
        views.web(ctx).listRegions().list().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Region", id));
    Optional<String> key = Optional.of(id);
    render(
        ctx,
        "region",
        new Models.RegionPage(
            region,
            views.web(ctx).listPdus().list(key),
            views
                .web(ctx)
                .listInspections()
                .list(
                    new ListInspectionsUseCase.Query(
                        key, Optional.empty(), Optional.empty(), true, Page.Request.ALL))
                .items(),
            standards(ctx),
            views.web(ctx).listReviews().list(key),
            views.web(ctx).listActionPlans().list(key),
            forms));
  }

  private void pdu(Context ctx, Forms forms) {
    PduView pdu = findPdu(ctx, ctx.pathParam("id"));
    List<InspectionSummary> inspections =
        new ArrayList<>(
            views
                .web(ctx)
                .listInspections()
                .list(
                    new ListInspectionsUseCase.Query(
                        Optional.empty(),
                        Optional.of(pdu.id()),
                        Optional.empty(),
                        false,
                        Page.Request.ALL))
                .items());
    inspections.sort(Comparator.comparing(InspectionSummary::fieldworkStarted));
    render(ctx, "pdu", new Models.PduPage(pdu, inspections, standards(ctx), forms));
  }

  private void inspection(Context ctx, Forms forms) {
    InspectionDocument doc =
        views.web(ctx).getInspection().get(new InspectionId(ctx.pathParam("id")));
    Map<AddresseeLevel, List<RecommendationDocument>> byLevel = new EnumMap<>(AddresseeLevel.class);
    for (RecommendationDocument rec : doc.recommendations()) {
      byLevel.computeIfAbsent(rec.addressee().level(), level -> new ArrayList<>()).add(rec);
    }
    List<Models.RecommendationGroup> groups =
        byLevel.entrySet().stream()
            .map(e -> new Models.RecommendationGroup(e.getKey(), e.getValue()))
            .toList();
    render(ctx, "inspection", new Models.InspectionPage(doc, groups, forms));
  }

  private void plan(Context ctx, Forms forms) {
    ActionPlanDocument plan = views.web(ctx).getActionPlan().get(planId(ctx));
    Optional<String> owner = Params.query(ctx, "owner");
    Optional<String> status = Params.query(ctx, "status");
    List<ItemView> items =
        plan.items().stream()
            .map(
                item ->
                    new ItemView(
                        item,
                        item.actions().stream()
                            .filter(a -> owner.isEmpty() || a.owners().contains(owner.get()))
                            .filter(a -> status.isEmpty() || matches(a, status.get()))
                            .toList()))
            .filter(view -> (owner.isEmpty() && status.isEmpty()) || !view.actions().isEmpty())
            .toList();
    List<String> owners =
        plan.items().stream()
            .flatMap(item -> item.actions().stream())
            .flatMap(a -> a.owners().stream())
            .distinct()
            .sorted()
            .toList();
    render(
        ctx,
        "plan",
        new Models.PlanPage(
            plan,
            items,
            owners,
            owner,
            status,
            unanswered(ctx, plan),
            // "?answer=inspection#number", repeated: recommendations to tick (an accepted group).
            java.util.Set.copyOf(ctx.queryParams("answer")),
            forms));
  }

  private static boolean matches(ActionDocument action, String status) {
    if (status.equals("OVERDUE")) {
      return action.daysOverdue().isPresent();
    }
    return action.status().name().equals(status);
  }

  private void printPlan(Context ctx) {
    ctx.render(
        "pages/planPrint.jte", Map.of("plan", views.web(ctx).getActionPlan().get(planId(ctx))));
  }

  private void overdue(Context ctx) {
    Optional<String> region = Params.query(ctx, "region");
    Optional<LocalDate> asOf = Params.date("asOf", ctx.queryParam("asOf"));
    render(
        ctx,
        "overdue",
        new Models.OverduePage(
            views
                .web(ctx)
                .listOverdue()
                .list(new ListOverdueActionsUseCase.Query(asOf, region, OVERDUE_ROWS)),
            views.web(ctx).listRegions().names(),
            region,
            asOf,
            OVERDUE_ROWS));
  }

  // forms

  private void createRegion(Context ctx) {
    Form form = form(ctx);
    if (attempt(
        form,
        "name",
        () ->
            views
                .web(ctx)
                .registerRegion()
                .register(new RegisterRegionUseCase.Command(form.value("name"))))) {
      ctx.redirect("/regions", io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      regions(ctx, Forms.of("region", form));
    }
  }

  private void createPdu(Context ctx) {
    Form form = form(ctx);
    List<String> aliases =
        Arrays.stream(form.value("aliases").split("[,\\n]"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    if (attempt(
        form,
        "name",
        () ->
            views
                .web(ctx)
                .registerPdu()
                .register(
                    new RegisterPduUseCase.Command(
                        form.value("region"), form.value("name"), aliases)))) {
      ctx.redirect("/regions", io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      regions(ctx, Forms.of("pdu", form));
    }
  }

  private void recordInspection(Context ctx) {
    PduView pdu = findPdu(ctx, ctx.pathParam("id"));
    Form form = form(ctx);
    InspectionId[] created = new InspectionId[1];
    if (attempt(
        form,
        "fieldworkStarted",
        () ->
            created[0] =
                views
                    .web(ctx)
                    .recordInspection()
                    .record(
                        new RecordInspectionUseCase.Command(
                            pdu.name(),
                            new FrameworkId(form.value("framework", DEFAULT_FRAMEWORK)),
                            Params.date("fieldworkStarted", form.value("fieldworkStarted"))
                                .orElse(null),
                            Params.month("published", form.value("published")),
                            Params.text(form.value("leadInspector")),
                            Params.integer("casesInspected", form.value("casesInspected"))
                                .map(OptionalInt::of)
                                .orElse(OptionalInt.empty()))))) {
      ctx.redirect("/inspections/" + created[0].value(), io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      pdu(ctx, Forms.of("inspection", form));
    }
  }

  private void recordKeyQuestions(Context ctx) {
    InspectionId id = new InspectionId(ctx.pathParam("id"));
    Form form = form(ctx);
    boolean ok =
        attempt(
            form,
            "keyQuestions",
            () -> {
              List<KeyQuestionResult> results = new ArrayList<>();
              for (int i = 1; i <= 3; i++) {
                String question = form.value("question" + i);
                String percent = form.value("percent" + i);
                if (!question.isBlank() || !percent.isBlank()) {
                  results.add(
                      new KeyQuestionResult(
                          question,
                          Params.integer("keyQuestions", percent)
                              .orElseThrow(
                                  () ->
                                      new InvalidValueException(
                                          "keyQuestions", "each question needs a percentage"))));
                }
              }
              views
                  .web(ctx)
                  .recordKeyQuestions()
                  .record(
                      new RecordKeyQuestionResultsUseCase.Command(
                          id, form.value("standard"), results));
            });
    afterInspectionForm(ctx, ok, "key-questions", form, "#standards");
  }

  private void judge(Context ctx) {
    InspectionId id = new InspectionId(ctx.pathParam("id"));
    Form form = form(ctx);
    boolean ok =
        attempt(
            form,
            "rating",
            () ->
                views
                    .web(ctx)
                    .judgeStandard()
                    .judge(
                        new JudgeStandardUseCase.Command(
                            id,
                            form.value("standard"),
                            Params.choice("rating", form.value("rating"), Rating.class)
                                .orElse(null))));
    afterInspectionForm(ctx, ok, "judge", form, "#ratings");
  }

  private void addRecommendation(Context ctx) {
    InspectionId id = new InspectionId(ctx.pathParam("id"));
    Form form = form(ctx);
    boolean ok =
        attempt(
            form,
            "text",
            () ->
                views
                    .web(ctx)
                    .addRecommendation()
                    .add(
                        new AddRecommendationUseCase.Command(
                            id,
                            Params.choice("level", form.value("level"), AddresseeLevel.class)
                                .orElse(null),
                            form.value("addressee"),
                            form.value("text"))));
    afterInspectionForm(ctx, ok, "recommendation", form, "#recommendations");
  }

  private void afterInspectionForm(
      Context ctx, boolean ok, String formName, Form form, String anchor) {
    if (ok) {
      ctx.redirect(
          "/inspections/" + ctx.pathParam("id") + anchor, io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      inspection(ctx, Forms.of(formName, form));
    }
  }

  private void addAction(Context ctx) {
    ActionPlanId plan = planId(ctx);
    Form form = form(ctx);
    List<String> owners =
        Arrays.stream(form.value("owners").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    boolean ok =
        attempt(
            form,
            "text",
            () ->
                views
                    .web(ctx)
                    .addAction()
                    .add(
                        new AddActionUseCase.Command(
                            plan,
                            Params.integer("item", form.value("item")).orElse(0),
                            form.value("text"),
                            owners,
                            Params.month("target", form.value("target")),
                            Params.choice("status", form.value("status"), ActionStatus.class)
                                .orElse(ActionStatus.PLANNED))));
    if (ok) {
      ctx.redirect(
          "/action-plans/" + plan.value() + "#item-" + form.value("item"),
          io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      plan(ctx, Forms.of("action", form));
    }
  }

  /** Saves an action's status: the row fragment for htmx, else a redirect back to the plan. */
  private void updateStatus(Context ctx) {
    ActionPlanId plan = planId(ctx);
    int item = Params.pathInt(ctx, "n");
    ActionRef ref = new ActionRef(item, Params.pathInt(ctx, "k"));
    Form form = form(ctx);
    boolean ok =
        attempt(
            form,
            "status",
            () ->
                views
                    .web(ctx)
                    .updateProgress()
                    .update(
                        new UpdateActionProgressUseCase.Command(
                            plan,
                            ref,
                            Params.choice("status", form.value("status"), ActionStatus.class)
                                .orElse(null),
                            form.value("note"),
                            form.value("by", "Web user"),
                            OptionalLong.empty())));
    boolean htmx = ctx.header("HX-Request") != null;
    if (htmx) {
      ActionDocument action = action(views.web(ctx).getActionPlan().get(plan), ref);
      ctx.render(
          "partials/actionRow.jte",
          Map.of(
              "row",
              new ActionRow(
                  plan.value(),
                  item,
                  action,
                  ok ? "Saved: " + Labels.status(action.status()) : null,
                  ok ? null : form.error("status"))));
    } else if (ok) {
      ctx.redirect(
          "/action-plans/"
              + plan.value()
              + "#action-"
              + ref.itemNumber()
              + "-"
              + ref.actionNumber(),
          io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      plan(ctx, Forms.of("status-" + ref.itemNumber() + "-" + ref.actionNumber(), form));
    }
  }

  // forms of the regional letter and the action plan

  private void publishReview(Context ctx) {
    String region = ctx.pathParam("id");
    Form form = form(ctx);
    List<InspectionId> covered =
        ctx.formParams("inspection").stream().map(InspectionId::new).toList();
    if (attempt(
        form,
        "inspections",
        () ->
            views
                .web(ctx)
                .publishReview()
                .publish(
                    new PublishRegionalReviewUseCase.Command(
                        region,
                        Params.date("date", form.value("date")).orElse(null),
                        covered,
                        List.of())))) {
      ctx.redirect("/regions/" + region, io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      region(ctx, Forms.of("review", form));
    }
  }

  private void draftPlan(Context ctx) {
    String region = ctx.pathParam("id");
    Form form = form(ctx);
    ActionPlanId[] drafted = new ActionPlanId[1];
    if (attempt(
        form,
        "submitted",
        () ->
            drafted[0] =
                views
                    .web(ctx)
                    .draftActionPlan()
                    .draft(
                        new DraftActionPlanUseCase.Command(
                            region,
                            Params.text(form.value("review")).map(ReviewId::new),
                            Params.date("submitted", form.value("submitted")).orElse(null))))) {
      ctx.redirect("/action-plans/" + drafted[0].value(), io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      region(ctx, Forms.of("plan", form));
    }
  }

  private void respond(Context ctx) {
    ActionPlanId plan = planId(ctx);
    Form form = form(ctx);
    List<RecommendationRef> answers =
        ctx.formParams("answer").stream()
            .map(
                value -> {
                  int split = value.lastIndexOf('#');
                  return new RecommendationRef(
                      new InspectionId(value.substring(0, split)),
                      Integer.parseInt(value.substring(split + 1)));
                })
            .toList();
    if (attempt(
        form,
        "answers",
        () ->
            views
                .web(ctx)
                .respond()
                .respond(
                    new RespondToRecommendationUseCase.Command(
                        plan,
                        answers,
                        Params.choice("response", form.value("response"), Response.class)
                            .orElse(null),
                        Params.choice("reason", form.value("reason"), Reason.class),
                        form.value("explanation"))))) {
      ctx.redirect("/action-plans/" + plan.value(), io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      plan(ctx, Forms.of("respond", form));
    }
  }

  private void followUp(Context ctx) {
    ActionPlanId plan = planId(ctx);
    int item = Params.pathInt(ctx, "n");
    Form form = form(ctx);
    if (attempt(
        form,
        "judgement",
        () ->
            views
                .web(ctx)
                .judgeFollowUp()
                .judge(
                    new JudgeFollowUpUseCase.Command(
                        plan,
                        item,
                        Params.choice("judgement", form.value("judgement"), FollowUpJudgement.class)
                            .orElse(null),
                        form.value("note"),
                        !form.value("close").isEmpty(),
                        "Web user")))) {
      ctx.redirect(
          "/action-plans/" + plan.value() + "#item-" + item, io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      plan(ctx, Forms.of("follow-up-" + item, form));
    }
  }

  private void retarget(Context ctx) {
    ActionPlanId plan = planId(ctx);
    Form form = form(ctx);
    if (attempt(
        form,
        "action",
        () -> {
          String[] ref = form.value("action").split("\\.");
          if (ref.length != 2) {
            throw new BadRequestException("action", "choose the action to move");
          }
          views
              .web(ctx)
              .retarget()
              .retarget(
                  new RetargetActionUseCase.Command(
                      plan,
                      new ActionRef(Integer.parseInt(ref[0]), Integer.parseInt(ref[1])),
                      Params.month("target", form.value("target")).orElse(null),
                      form.value("reason"),
                      form.value("by", "Web user")));
        })) {
      ctx.redirect("/action-plans/" + plan.value(), io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      plan(ctx, Forms.of("retarget", form));
    }
  }

  /**
   * Published documents uploaded from the browser, stored as the command line's import does:
   * reports first, then letters, then plans, each in its own transaction.
   */
  private void importDocuments(Context ctx) {
    boolean dryRun = !Params.text(ctx.formParam("dryRun")).isEmpty();
    List<io.javalin.http.UploadedFile> files = new ArrayList<>(ctx.uploadedFiles("documents"));
    List<byte[]> contents = new ArrayList<>();
    for (io.javalin.http.UploadedFile file : files) {
      try (var in = file.content()) {
        contents.add(in.readAllBytes());
      } catch (java.io.IOException unreadable) {
        contents.add(new byte[0]);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt(
            i ->
                DocumentKind.detect(new String(contents.get(i), StandardCharsets.UTF_8))
                    .map(Enum::ordinal)
                    .orElse(0)));
    List<Models.ImportResult> results = new ArrayList<>();
    for (int i : order) {
      String name = files.get(i).filename();
      try {
        var result =
            views
                .web(ctx)
                .importDocument()
                .importDocument(
                    new ImportPublishedDocumentUseCase.Command(name, contents.get(i), dryRun));
        results.add(
            new Models.ImportResult(
                name,
                result.kind(),
                result.outcome().effect().name(),
                result.outcome().recordId(),
                result.warnings(),
                null));
      } catch (DomainException refused) {
        results.add(new Models.ImportResult(name, "", "", "", List.of(), refused.getMessage()));
      }
    }
    if (files.isEmpty()) {
      results.add(
          new Models.ImportResult(
              "", "", "", "", List.of(), "Choose one or more files to import."));
    }
    ctx.status(results.stream().anyMatch(r -> r.error() != null) ? 422 : 200);
    render(ctx, "import", new Models.ImportPage(results));
  }

  /** The recommendations of the plan's reviewed inspections that no item answers yet. */
  private List<Models.Candidate> unanswered(Context ctx, ActionPlanDocument plan) {
    java.util.Set<String> answered = new java.util.HashSet<>();
    plan.items()
        .forEach(
            item ->
                item.answers()
                    .forEach(
                        a ->
                            answered.add(
                                a.inspectionId().orElse("")
                                    + "#"
                                    + a.recommendationNumber().orElse(0))));
    List<String> inspectionIds =
        plan.reviewId()
            .map(id -> views.web(ctx).getReview().get(new ReviewId(id)).inspectionIds())
            .orElseGet(
                () ->
                    views
                        .web(ctx)
                        .listInspections()
                        .list(
                            new ListInspectionsUseCase.Query(
                                Optional.of(plan.region()),
                                Optional.empty(),
                                Optional.empty(),
                                true,
                                Page.Request.ALL))
                        .items()
                        .stream()
                        .map(InspectionSummary::id)
                        .toList());
    List<Models.Candidate> candidates = new ArrayList<>();
    for (String id : inspectionIds) {
      InspectionDocument inspection = views.web(ctx).getInspection().get(new InspectionId(id));
      for (RecommendationDocument r : inspection.recommendations()) {
        if (!answered.contains(id + "#" + r.number())) {
          candidates.add(new Models.Candidate(id, inspection.pdu(), r.number(), r.text()));
        }
      }
    }
    return candidates;
  }

  // helpers

  private static ActionDocument action(ActionPlanDocument plan, ActionRef ref) {
    return plan.items().stream()
        .filter(i -> i.number() == ref.itemNumber())
        .map(ItemDocument::actions)
        .flatMap(List::stream)
        .filter(a -> a.number().orElse(0) == ref.actionNumber())
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("Action", ref.itemNumber() + "." + ref.actionNumber()));
  }

  private PduView findPdu(Context ctx, String id) {
    return views.web(ctx).listPdus().list(Optional.empty()).stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("PDU", id));
  }

  private List<StandardColumn> standards(Context ctx) {
    return views
        .web(ctx)
        .dashboard()
        .dashboard(new DashboardUseCase.Query(Optional.empty(), Optional.empty()))
        .standards();
  }

  private static ActionPlanId planId(Context ctx) {
    return new ActionPlanId(ctx.pathParam("id"));
  }

  private static Form form(Context ctx) {
    return new Form(ctx.formParamMap());
  }

  /**
   * Runs a form's use case; a refusal is put beside the field it names (or beside {@code
   * mainField}, for a rule or a missing record) and false is returned.
   */
  private static boolean attempt(Form form, String mainField, Runnable work) {
    try {
      work.run();
      return true;
    } catch (org.probationinspections.domain.common.NotPermittedException e) {
      throw e; // a refusal of the person, not of the form: 403, as on the API
    } catch (InvalidValueException e) {
      form.reject(fieldOf(e.field(), mainField), e.getMessage());
    } catch (BadRequestException e) {
      form.reject(e.field().isEmpty() ? mainField : e.field(), e.getMessage());
    } catch (DomainException e) {
      form.reject(mainField, e.getMessage());
    }
    return false;
  }

  private static String fieldOf(String domainField, String mainField) {
    if (domainField.startsWith("keyQuestion") || domainField.equals("results")) {
      return "keyQuestions";
    }
    // The domain names nested fields "item.reason", "action.owners": the form field is the last
    // part.
    return switch (domainField.substring(domainField.lastIndexOf('.') + 1)) {
      case "name",
          "region",
          "aliases",
          "fieldworkStarted",
          "published",
          "casesInspected",
          "leadInspector",
          "framework",
          "standard",
          "rating",
          "level",
          "text",
          "owners",
          "target",
          "status",
          "item",
          "reason",
          "explanation",
          "answers",
          "date",
          "submitted",
          "inspections",
          "review",
          "judgement",
          "action" ->
          domainField.substring(domainField.lastIndexOf('.') + 1);
      default -> mainField;
    };
  }

  private static void render(Context ctx, String page, Object model) {
    ctx.render("pages/" + page + ".jte", Map.of("page", model));
  }
}
