package org.probationinspections.web.api;

import io.javalin.http.Context;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.WebUseCases;

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
        "/api/action-plans/{id}", ctx -> ctx.json(views.web(ctx).getActionPlan().get(planId(ctx))));
    routes.post("/api/action-plans/{id}/items", this::respond);
    routes.post("/api/action-plans/{id}/items/{n}/actions", this::addAction);
    routes.post("/api/action-plans/{id}/items/{n}/actions/{k}/progress", this::reportProgress);
    routes.post("/api/action-plans/{id}/items/{n}/actions/{k}/target", this::retarget);
    routes.post("/api/action-plans/{id}/items/{n}/follow-up", this::followUp);
    routes.get("/api/overdue-actions", this::overdue);
  }

  private void draftPlan(Context ctx) {
    Requests.NewPlan body = bodies.read(ctx, Requests.NewPlan.class);
    ActionPlanId id = views.web(ctx).draftActionPlan().draft(body.command());
    Replies.created(ctx, "/api/action-plans/" + id.value(), views.web(ctx).getActionPlan().get(id));
  }

  private void respond(Context ctx) {
    Requests.NewItem body = bodies.read(ctx, Requests.NewItem.class);
    ActionPlanId plan = planId(ctx);
    int number = views.web(ctx).respond().respond(body.command(plan));
    Replies.created(ctx, "/api/action-plans/" + plan.value(), item(ctx, plan, number));
  }

  private void addAction(Context ctx) {
    Requests.NewAction body = bodies.read(ctx, Requests.NewAction.class);
    ActionPlanId plan = planId(ctx);
    var ref = views.web(ctx).addAction().add(body.command(plan, Params.pathInt(ctx, "n")));
    Replies.created(ctx, "/api/action-plans/" + plan.value(), action(ctx, plan, ref));
  }

  private void reportProgress(Context ctx) {
    Requests.Progress body = bodies.read(ctx, Requests.Progress.class);
    changeAction(ctx, (web, plan, ref) -> web.updateProgress().update(body.command(plan, ref)));
  }

  private void retarget(Context ctx) {
    Requests.Retarget body = bodies.read(ctx, Requests.Retarget.class);
    changeAction(ctx, (web, plan, ref) -> web.retarget().retarget(body.command(plan, ref)));
  }

  /** Changes the action the path names, and answers with the action as it now stands. */
  private void changeAction(Context ctx, ActionChange change) {
    ActionPlanId plan = planId(ctx);
    ActionRef ref = actionRef(ctx);
    change.apply(views.web(ctx), plan, ref);
    ctx.json(action(ctx, plan, ref));
  }

  private interface ActionChange {
    void apply(WebUseCases web, ActionPlanId plan, ActionRef ref);
  }

  private void followUp(Context ctx) {
    Requests.FollowUp body = bodies.read(ctx, Requests.FollowUp.class);
    ActionPlanId plan = planId(ctx);
    int item = Params.pathInt(ctx, "n");
    views.web(ctx).judgeFollowUp().judge(body.command(plan, item));
    ctx.json(item(ctx, plan, item));
  }

  private static ActionPlanId planId(Context ctx) {
    return new ActionPlanId(ctx.pathParam("id"));
  }

  private static ActionRef actionRef(Context ctx) {
    return new ActionRef(Params.pathInt(ctx, "n"), Params.pathInt(ctx, "k"));
  }

  private ItemDocument item(Context ctx, ActionPlanId plan, int number) {
    return views.web(ctx).getActionPlan().get(plan).items().stream()
        .filter(item -> item.number() == number)
        .findFirst()
        .orElseThrow();
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
    return item(ctx, plan, ref.itemNumber()).actions().stream()
        .filter(action -> action.number().orElse(0) == ref.actionNumber())
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Action", ref.itemNumber() + "." + ref.actionNumber() + " of plan " + plan));
  }
}
