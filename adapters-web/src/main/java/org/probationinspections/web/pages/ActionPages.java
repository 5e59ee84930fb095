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
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.ActionRow;
import org.probationinspections.web.pages.Models.Forms;

/** The forms of a plan's page that add actions, move them on and judge the follow-up. */
public record ActionPages(AsAtViews views, PlanPages plans) {

  public void register(Routes routes) {
    routes.post("/action-plans/{id}/actions", this::addAction);
    routes.post("/action-plans/{id}/items/{n}/actions/{k}/status", this::updateStatus);
    routes.post("/action-plans/{id}/targets", this::retarget);
    routes.post("/action-plans/{id}/items/{n}/follow-up", this::followUp);
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
        (c, f) -> plans.plan(c, Forms.of("action", f)));
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
        (c, f) -> plans.plan(c, Forms.of("follow-up-" + item, f)));
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
        (c, f) -> plans.plan(c, Forms.of("retarget", f)));
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
