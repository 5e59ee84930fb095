package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.plan.port.in.GetActionPlanUseCase;
import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.plan.port.in.ListActionPlansUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.plan.port.in.PlanDueUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.SecurityPorts;
import org.probationinspections.domain.plan.PlanDueClock;

/** Builds the use cases of action plans from the ports. */
public final class PlanServices {

  private final Ports ports;
  private final SecurityPorts security;
  private final PlanDueClock planDue;
  private final Directory directory;
  private final PlanScope scope;
  private final PlanEditor editor;

  public PlanServices(Ports ports, SecurityPorts security, PlanDueClock planDue) {
    this.ports = ports;
    this.security = security;
    this.planDue = planDue;
    this.directory = Directory.of(ports);
    this.scope = new PlanScope(ports.reviews(), ports.inspections(), directory);
    this.editor =
        new PlanEditor(ports.plans(), ports.unitOfWork(), security.actor(), security.audit());
  }

  public DraftActionPlanUseCase draftActionPlan() {
    return new DraftActionPlanService(
        ports.plans(), ports.reviews(), directory, ports.unitOfWork(), security.actor());
  }

  public RespondToRecommendationUseCase respondToRecommendation() {
    return new RespondToRecommendationService(editor, scope);
  }

  public AddActionUseCase addAction() {
    return new AddActionService(editor);
  }

  public UpdateActionProgressUseCase updateActionProgress() {
    return new UpdateActionProgressService(editor, ports.clock());
  }

  public JudgeFollowUpUseCase judgeFollowUp() {
    return new JudgeFollowUpService(editor, ports.clock());
  }

  public RetargetActionUseCase retargetAction() {
    return new RetargetActionService(editor, ports.clock());
  }

  public ListActionPlansUseCase listActionPlans() {
    return new ListActionPlansService(views(), ports.actionSummaries(), ports.unitOfWork());
  }

  public GetActionPlanUseCase getActionPlan() {
    return new GetActionPlanService(views());
  }

  public ExportActionPlansUseCase exportActionPlans() {
    return new ExportActionPlansService(views());
  }

  public ListOverdueActionsUseCase listOverdueActions() {
    return new ListOverdueActionsService(
        ports.actionSummaries(), directory, ports.clock(), ports.unitOfWork());
  }

  public PlanDueUseCase planDue() {
    return new PlanDueService(ports.plans(), ports.reviews(), planDue);
  }

  private PlanViews views() {
    return new PlanViews(ports.plans(), scope, directory, ports.clock());
  }
}
