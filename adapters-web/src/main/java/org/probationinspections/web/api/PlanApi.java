package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.OptionalLong;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** Action plans: draft, answer, actions, progress, targets, follow-up; and overdue actions. */
record PlanApi(AsAtViews views, Bodies bodies) {

  void register(Routes routes) {
    routes.get(
        "/api/action-plans",
        ctx ->
            Paging.answer(
                ctx,
                page -> views.web(ctx).listActionPlans().page(Params.query(ctx, "region"), page)));
    routes.post("/api/action-plans", this::draftPlan);
    routes.get(
        "/api/action-plans/{id}",
        ctx -> ctx.json(views.web(ctx).getActionPlan().get(new ActionPlanId(ctx.pathParam("id")))));
    routes.post("/api/action-plans/{id}/items", this::respond);
    routes.post("/api/action-plans/{id}/items/{n}/actions", this::addAction);
    routes.post("/api/action-plans/{id}/items/{n}/actions/{k}/progress", this::reportProgress);
    routes.post("/api/action-plans/{id}/items/{n}/actions/{k}/target", this::retarget);
    routes.post("/api/action-plans/{id}/items/{n}/follow-up", this::followUp);
    routes.get("/api/overdue-actions", this::overdue);
  }

  private void draftPlan(Context ctx) {
    Requests.NewPlan body = bodies.read(ctx, Requests.NewPlan.class);
    ActionPlanId id =
        views
            .web(ctx)
            .draftActionPlan()
            .draft(
                new DraftActionPlanUseCase.Command(
                    body.region(),
                    Replies.opt(body.reviewId()).map(ReviewId::new),
                    body.submitted()));
    Replies.created(ctx, "/api/action-plans/" + id.value(), views.web(ctx).getActionPlan().get(id));
  }

  private void respond(Context ctx) {
    Requests.NewItem body = bodies.read(ctx, Requests.NewItem.class);
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
                    plan,
                    answers,
                    body.response(),
                    Replies.opt(body.reason()),
                    body.explanation()));
    Replies.created(
        ctx,
        "/api/action-plans/" + plan.value(),
        views.web(ctx).getActionPlan().get(plan).items().stream()
            .filter(item -> item.number() == number)
            .findFirst()
            .orElseThrow());
  }

  private void addAction(Context ctx) {
    Requests.NewAction body = bodies.read(ctx, Requests.NewAction.class);
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
                    Replies.opt(body.target()),
                    Replies.opt(body.status()).orElse(ActionStatus.PLANNED)));
    Replies.created(ctx, "/api/action-plans/" + plan.value(), action(ctx, plan, ref));
  }

  private void reportProgress(Context ctx) {
    Requests.Progress body = bodies.read(ctx, Requests.Progress.class);
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
                Replies.opt(body.expectedVersion())
                    .map(OptionalLong::of)
                    .orElse(OptionalLong.empty())));
    ctx.json(action(ctx, plan, ref));
  }

  private void retarget(Context ctx) {
    Requests.Retarget body = bodies.read(ctx, Requests.Retarget.class);
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
    Requests.FollowUp body = bodies.read(ctx, Requests.FollowUp.class);
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
    var asOf = Params.date("asOf", ctx.queryParam("asOf"));
    Paging.answer(
        ctx,
        page ->
            views
                .web(ctx)
                .listOverdue()
                .page(
                    new ListOverdueActionsUseCase.PageQuery(
                        asOf, Params.query(ctx, "region"), page)));
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
}
