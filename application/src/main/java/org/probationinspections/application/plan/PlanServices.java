package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.plan.port.in.GetActionPlanUseCase;
import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.plan.port.in.ListActionPlansUseCase;
import org.probationinspections.application.plan.port.in.ListAwaitingJudgementUseCase;
import org.probationinspections.application.plan.port.in.ListLettersAwaitingPlanUseCase;
import org.probationinspections.application.plan.port.in.ListMyActionsUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.plan.port.in.PlanDueUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.Remembered;
import org.probationinspections.application.shared.SecurityPorts;
import org.probationinspections.domain.plan.PlanDueClock;

/** Builds the use cases of action plans from the ports. */
public record PlanServices(Ports ports, SecurityPorts security, PlanDueClock dueClock) {

  private Directory directory() {
    return Directory.of(ports);
  }

  private PlanScope scope() {
    return new PlanScope(ports.reviews(), ports.inspections(), directory());
  }

  private PlanEditor editor() {
    return new PlanEditor(ports.plans(), ports.unitOfWork(), security.actor(), security.audit());
  }

  public DraftActionPlanUseCase draftActionPlan() {
    var service =
        new DraftActionPlanService(
            ports.plans(), ports.reviews(), scope(), directory(), security.actor());
    return command -> ports.unitOfWork().inTransaction(() -> service.draft(command));
  }

  public RespondToRecommendationUseCase respondToRecommendation() {
    return new RespondToRecommendationService(editor(), scope());
  }

  public AddActionUseCase addAction() {
    return new AddActionService(editor());
  }

  public UpdateActionProgressUseCase updateActionProgress() {
    return new UpdateActionProgressService(editor(), ports.clock());
  }

  public JudgeFollowUpUseCase judgeFollowUp() {
    return new JudgeFollowUpService(editor(), ports.clock());
  }

  public RetargetActionUseCase retargetAction() {
    return new RetargetActionService(editor(), ports.clock());
  }

  /**
   * The plans' list; its pages are kept until the next audited change (with today's date in their
   * key: a plan's overdue actions depend on it), as the country's aggregates are (ADR 32).
   */
  public ListActionPlansUseCase listActionPlans() {
    return new ListActionPlansService(
        views(),
        ports.actionSummaries(),
        ports.reviews(),
        ports.inspectionSummaries(),
        ports.unitOfWork(),
        new Remembered<>(security.audit()::lastSequence, 64));
  }

  public GetActionPlanUseCase getActionPlan() {
    return new GetActionPlanService(views());
  }

  public ExportActionPlansUseCase exportActionPlans() {
    return new ExportActionPlansService(views());
  }

  public ListOverdueActionsUseCase listOverdueActions() {
    return new ListOverdueActionsService(
        ports.actionSummaries(), directory(), ports.clock(), ports.unitOfWork());
  }

  public ListMyActionsUseCase listMyActions() {
    return new ListMyActionsService(
        ports.actionSummaries(),
        new AwaitingItems(ports.plans()),
        directory(),
        security.actor(),
        ports.clock(),
        ports.unitOfWork());
  }

  public ListAwaitingJudgementUseCase listAwaitingJudgement() {
    return new ListAwaitingJudgementService(
        ports.actionSummaries(), new AwaitingItems(ports.plans()), directory(), ports.unitOfWork());
  }

  public ListLettersAwaitingPlanUseCase listLettersAwaitingPlan() {
    return new ListLettersAwaitingPlanService(
        ports.actionSummaries(),
        ports.reviews(),
        directory(),
        dueClock,
        ports.clock(),
        ports.unitOfWork());
  }

  public PlanDueUseCase planDue() {
    return new PlanDueService(ports.plans(), ports.reviews(), dueClock);
  }

  private PlanViews views() {
    return new PlanViews(ports.plans(), scope(), directory(), ports.clock());
  }
}
