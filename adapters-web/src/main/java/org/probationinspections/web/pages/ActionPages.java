package org.probationinspections.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.NotPermittedException;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Flash;
import org.probationinspections.web.Html;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.ActionRow;
import org.probationinspections.web.pages.Models.Forms;

/**
 * The forms that add actions to a plan, move their targets and judge the follow-up, each on a page
 * of its own; and an action's status, updated in its row of the plan's page.
 */
public record ActionPages(AsAtViews views, PlanPages plans) {

  private static final String ADD_ACTION = "addAction";
  private static final String MOVE_TARGET = "moveTarget";
  private static final String FOLLOW_UP = "followUp";

  public void register(Routes routes) {
    routes.get(
        "/action-plans/{id}/items/{n}/actions/new",
        ctx -> plans.planForm(ctx, ADD_ACTION, itemOf(ctx), Form.empty()));
    routes.post("/action-plans/{id}/actions", this::addAction);
    routes.post("/action-plans/{id}/items/{n}/actions/{k}/status", this::updateStatus);
    routes.get(
        "/action-plans/{id}/targets/new",
        // "?action=2.1": the action whose row the person came from.
        ctx ->
            plans.planForm(
                ctx, MOVE_TARGET, 0, Form.of("action", Params.query(ctx, "action").orElse(""))));
    routes.post("/action-plans/{id}/targets", this::retarget);
    routes.get(
        "/action-plans/{id}/items/{n}/follow-up/new",
        ctx -> plans.planForm(ctx, FOLLOW_UP, itemOf(ctx), Form.empty()));
    routes.post("/action-plans/{id}/items/{n}/follow-up", this::followUp);
  }

  /** The item of the path's plan that a form's page is about; a 404 when the plan has none. */
  private int itemOf(Context ctx) {
    int item = Params.pathInt(ctx, "n");
    boolean found =
        views.web(ctx).getActionPlan().get(PlanPages.planId(ctx)).items().stream()
            .anyMatch(i -> i.number() == item);
    if (!found) {
      throw new NotFoundException("Item", PlanPages.planId(ctx).value() + "/" + item);
    }
    return item;
  }

  private void addAction(Context ctx) {
    ActionPlanId plan = PlanPages.planId(ctx);
    Form form = Submission.form(ctx);
    List<String> owners = form.list("owners", ",");
    Submission.submit(
        ctx,
        form,
        "text",
        () -> {
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
                          .orElse(ActionStatus.PLANNED)));
          return "/action-plans/" + plan.value() + "#item-" + form.value("item");
        },
        (c, f) -> plans.planForm(c, ADD_ACTION, itemNumber(f.value("item")), f));
  }

  /** Saves an action's status: the row fragment for htmx, else a redirect back to the plan. */
  private void updateStatus(Context ctx) {
    ActionPlanId plan = PlanPages.planId(ctx);
    int item = Params.pathInt(ctx, "n");
    ActionRef ref = new ActionRef(item, Params.pathInt(ctx, "k"));
    Form form = Submission.form(ctx);
    boolean htmx = ctx.header("HX-Request") != null;
    boolean ok;
    try {
      ok = attemptStatus(ctx, form, plan, ref);
    } catch (NotPermittedException refused) {
      if (!htmx) {
        throw refused;
      }
      // In place, the row shows the refusal and the status as stored, not the one chosen.
      form.reject("status", refused.getMessage());
      ok = false;
    }
    if (htmx) {
      ActionDocument action = action(views.web(ctx).getActionPlan().get(plan), ref);
      Html.render(
          ctx,
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
      Flash.leave(ctx, Done.message(ctx, form));
      ctx.redirect(
          "/action-plans/"
              + plan.value()
              + "#action-"
              + ref.itemNumber()
              + "-"
              + ref.actionNumber(),
          HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      plans.plan(ctx, Forms.of("status-" + ref.itemNumber() + "-" + ref.actionNumber(), form));
    }
  }

  private boolean attemptStatus(Context ctx, Form form, ActionPlanId plan, ActionRef ref) {
    return Submission.attempt(
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
  }

  private void followUp(Context ctx) {
    ActionPlanId plan = PlanPages.planId(ctx);
    int item = Params.pathInt(ctx, "n");
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
        form,
        "judgement",
        () -> {
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
                      "Web user"));
          return "/action-plans/" + plan.value() + "#item-" + item;
        },
        (c, f) -> plans.planForm(c, FOLLOW_UP, item, f));
  }

  private void retarget(Context ctx) {
    ActionPlanId plan = PlanPages.planId(ctx);
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
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
          return "/action-plans/" + plan.value();
        },
        (c, f) -> plans.planForm(c, MOVE_TARGET, 0, f));
  }

  /** The item a form names, 0 when it names none (its page then names no item). */
  private static int itemNumber(String sent) {
    return sent.matches("[1-9]\\d{0,8}") ? Integer.parseInt(sent) : 0;
  }

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
}
