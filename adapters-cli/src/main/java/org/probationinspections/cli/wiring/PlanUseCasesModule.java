package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.plan.PlanServices;
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

/** Provides each use case of action plans by its interface. */
@Module
final class PlanUseCasesModule {

  private PlanUseCasesModule() {}

  @Provides
  @Reusable
  static PlanServices services(Core core) {
    return core.plans();
  }

  @Provides
  static DraftActionPlanUseCase draftActionPlan(PlanServices services) {
    return services.draftActionPlan();
  }

  @Provides
  static RespondToRecommendationUseCase respondToRecommendation(PlanServices services) {
    return services.respondToRecommendation();
  }

  @Provides
  static AddActionUseCase addAction(PlanServices services) {
    return services.addAction();
  }

  @Provides
  static UpdateActionProgressUseCase updateActionProgress(PlanServices services) {
    return services.updateActionProgress();
  }

  @Provides
  static JudgeFollowUpUseCase judgeFollowUp(PlanServices services) {
    return services.judgeFollowUp();
  }

  @Provides
  static RetargetActionUseCase retargetAction(PlanServices services) {
    return services.retargetAction();
  }

  @Provides
  static ListActionPlansUseCase listActionPlans(PlanServices services) {
    return services.listActionPlans();
  }

  @Provides
  static GetActionPlanUseCase getActionPlan(PlanServices services) {
    return services.getActionPlan();
  }

  @Provides
  static ExportActionPlansUseCase exportActionPlans(PlanServices services) {
    return services.exportActionPlans();
  }

  @Provides
  static ListOverdueActionsUseCase listOverdueActions(PlanServices services) {
    return services.listOverdueActions();
  }

  @Provides
  static PlanDueUseCase planDue(PlanServices services) {
    return services.planDue();
  }
}
