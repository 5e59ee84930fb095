package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.review.port.in.ListUnansweredRecommendationsUseCase;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Html;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.Forms;
import org.probationinspections.web.pages.Models.ItemView;

/**
 * An action plan's page and its print view, and the forms that draft a plan and answer
 * recommendations, each on a page of its own.
 */
public record PlanPages(AsAtViews views, UnitPages units) {

  public void register(Routes routes) {
    routes.get("/action-plans/{id}", ctx -> plan(ctx, Forms.none()));
    routes.get("/action-plans/{id}/print", this::printPlan);
    routes.get(
        "/regions/{id}/action-plans/new",
        // "?review=": the letter a plan is drafted in answer to (from the letter's page).
        ctx ->
            units.regionForm(
                ctx, "draftPlan", Form.of("review", Params.query(ctx, "review").orElse(""))));
    routes.post("/regions/{id}/action-plans", this::draftPlan);
    routes.get("/action-plans/{id}/items/new", ctx -> planForm(ctx, ANSWER_FORM, 0, Form.empty()));
    routes.post("/action-plans/{id}/items", this::respond);
    routes.post("/action-plans/{id}/flags/{flag}", this::resolveFlag);
  }

  /** A flag the plan's import raised, confirmed or corrected by the inspectorate. */
  private void resolveFlag(Context ctx) {
    Form form = Submission.form(ctx);
    String plan = ctx.pathParam("id");
    Submission.submit(
        ctx,
        form,
        "outcome",
        () -> {
          FlagForms.resolve(
              views.web(ctx).resolveFlag(),
              ctx.pathParam("flag"),
              Optional.of(new FlaggedRecord(FlaggedRecord.Kind.ACTION_PLAN, plan)),
              form);
          return "/action-plans/" + plan + "#import-flags";
        },
        (c, f) -> plan(c, Forms.of("flag", f)));
  }

  /** The plan's page, filtered by owner and status, with its forms as given. */
  void plan(Context ctx, Forms forms) {
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
    Render.page(
        ctx,
        "plan",
        new Models.PlanPage(
            plan,
            items,
            owners,
            owner,
            status,
            unanswered(ctx, plan),
            forms,
            views
                .web(ctx)
                .listFlags()
                .of(new FlaggedRecord(FlaggedRecord.Kind.ACTION_PLAN, ctx.pathParam("id")))));
  }

  /** The page of the form that answers recommendations with a new item. */
  private static final String ANSWER_FORM = "answerRecommendations";

  /**
   * A page of one form about the plan ({@code pages/forms/NAME.jte}), about its {@code item} (0
   * when none), with what was typed.
   */
  void planForm(Context ctx, String name, int item, Form form) {
    ActionPlanDocument plan = views.web(ctx).getActionPlan().get(planId(ctx));
    Render.form(
        ctx,
        name,
        new Models.PlanFormPage(
            plan,
            name.equals(ANSWER_FORM) ? unanswered(ctx, plan) : List.of(),
            // "?answer=inspection#number", repeated: recommendations to tick (an accepted group).
            Set.copyOf(ctx.queryParams("answer")),
            item,
            form));
  }

  private static boolean matches(ActionDocument action, String status) {
    if (status.equals("OVERDUE")) {
      return action.daysOverdue().isPresent();
    }
    return action.status().name().equals(status);
  }

  private void printPlan(Context ctx) {
    Html.render(
        ctx,
        "pages/planPrint.jte",
        Map.of("plan", views.web(ctx).getActionPlan().get(planId(ctx))));
  }

  /** The recommendations of the plan's reviewed inspections that no item answers yet. */
  private List<Models.Candidate> unanswered(Context ctx, ActionPlanDocument plan) {
    Set<RecommendationRef> answered =
        plan.items().stream()
            .flatMap(item -> item.answers().stream())
            .filter(a -> !a.inspectionId().orElse("").isBlank())
            .filter(a -> a.recommendationNumber().orElse(0) > 0)
            .map(
                a ->
                    new RecommendationRef(
                        new InspectionId(a.inspectionId().get()),
                        a.recommendationNumber().orElseThrow()))
            .collect(java.util.stream.Collectors.toSet());
    return views
        .web(ctx)
        .listUnanswered()
        .list(
            new ListUnansweredRecommendationsUseCase.Query(
                plan.region(),
                plan.reviewId().map(ReviewId::new),
                plan.inspectionId().map(InspectionId::new),
                answered))
        .stream()
        .map(r -> new Models.Candidate(r.inspectionId(), r.pdu(), r.number(), r.text()))
        .toList();
  }

  /** What the draft form's "In answer to" puts before the id of an inspection answered. */
  static final String INSPECTION_ANSWERED = "inspection:";

  private void draftPlan(Context ctx) {
    String region = ctx.pathParam("id");
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
        form,
        "submitted",
        () -> {
          // "In answer to" is a letter's id, or an inspection's after "inspection:".
          Optional<String> answering = Params.text(form.value("review"));
          Optional<String> inspection =
              answering
                  .filter(value -> value.startsWith(INSPECTION_ANSWERED))
                  .map(value -> value.substring(INSPECTION_ANSWERED.length()));
          ActionPlanId drafted =
              views
                  .web(ctx)
                  .draftActionPlan()
                  .draft(
                      new DraftActionPlanUseCase.Command(
                          region,
                          answering.filter(value -> inspection.isEmpty()).map(ReviewId::new),
                          inspection.map(InspectionId::new),
                          Params.date("submitted", form.value("submitted")).orElse(null)));
          return "/action-plans/" + drafted.value();
        },
        (c, f) -> units.regionForm(c, "draftPlan", f));
  }

  private void respond(Context ctx) {
    ActionPlanId plan = planId(ctx);
    Form form = Submission.form(ctx);
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
    Submission.submit(
        ctx,
        form,
        "answers",
        () -> {
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
                      form.value("explanation")));
          return "/action-plans/" + plan.value();
        },
        (c, f) -> planForm(c, ANSWER_FORM, 0, f));
  }

  static ActionPlanId planId(Context ctx) {
    return new ActionPlanId(ctx.pathParam("id"));
  }
}
