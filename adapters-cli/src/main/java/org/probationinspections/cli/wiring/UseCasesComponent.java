package org.probationinspections.cli.wiring;

import dagger.BindsInstance;
import dagger.Subcomponent;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.account.port.in.DisableUserUseCase;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.account.port.in.IdentifyUseCase;
import org.probationinspections.application.account.port.in.ListUsersUseCase;
import org.probationinspections.application.account.port.in.ResetPasswordUseCase;
import org.probationinspections.application.account.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.ListRepeatsUseCase;
import org.probationinspections.application.insight.port.in.ListStandardsUseCase;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ListThemesUseCase;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.insight.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.GetInspectionUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;
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
import org.probationinspections.application.review.port.in.GetRegionalReviewUseCase;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.review.port.in.ListUnansweredRecommendationsUseCase;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.units.port.in.AddPduAliasUseCase;
import org.probationinspections.application.units.port.in.GetPduUseCase;
import org.probationinspections.application.units.port.in.GetRegionUseCase;
import org.probationinspections.application.units.port.in.ListPdusUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.web.InsightUseCases;
import org.probationinspections.web.WebUseCases;
import org.probationinspections.web.security.SecurityUseCases;

/**
 * The use cases over one set of records: today's, or a past day's rebuilt from the audit trail.
 * Each feature's module provides its use cases by their interfaces; the web adapter and the
 * commands receive the ones they use.
 */
@Subcomponent(
    modules = {
      UnitUseCasesModule.class,
      InspectionUseCasesModule.class,
      ReviewUseCasesModule.class,
      PlanUseCasesModule.class,
      AccountUseCasesModule.class,
      InsightUseCasesModule.class,
      ImportUseCasesModule.class,
      HistoryUseCasesModule.class,
      DemoUseCasesModule.class,
      WebUseCasesModule.class
    })
public interface UseCasesComponent {

  WebUseCases web();

  InsightUseCases insight();

  SecurityUseCases security();

  RegisterRegionUseCase registerRegion();

  RegisterPduUseCase registerPdu();

  AddPduAliasUseCase addPduAlias();

  ListRegionsUseCase listRegions();

  ListPdusUseCase listPdus();

  GetPduUseCase getPdu();

  GetRegionUseCase getRegion();

  RecordInspectionUseCase recordInspection();

  RecordKeyQuestionResultsUseCase recordKeyQuestionResults();

  JudgeStandardUseCase judgeStandard();

  AddRecommendationUseCase addRecommendation();

  GetInspectionUseCase getInspection();

  ListInspectionsUseCase listInspections();

  ExportInspectionsUseCase exportInspections();

  PublishRegionalReviewUseCase publishRegionalReview();

  ListRegionalReviewsUseCase listRegionalReviews();

  GetRegionalReviewUseCase getRegionalReview();

  ListUnansweredRecommendationsUseCase listUnansweredRecommendations();

  DraftActionPlanUseCase draftActionPlan();

  RespondToRecommendationUseCase respondToRecommendation();

  AddActionUseCase addAction();

  UpdateActionProgressUseCase updateActionProgress();

  JudgeFollowUpUseCase judgeFollowUp();

  RetargetActionUseCase retargetAction();

  ListActionPlansUseCase listActionPlans();

  GetActionPlanUseCase getActionPlan();

  ExportActionPlansUseCase exportActionPlans();

  ListOverdueActionsUseCase listOverdueActions();

  PlanDueUseCase planDue();

  SignInUseCase signIn();

  IdentifyUseCase identify();

  AddUserUseCase addUser();

  ListUsersUseCase listUsers();

  DisableUserUseCase disableUser();

  ResetPasswordUseCase resetPassword();

  CreateApiTokenUseCase createApiToken();

  RevokeApiTokenUseCase revokeApiToken();

  EnsureAdministratorUseCase ensureAdministrator();

  DashboardUseCase dashboard();

  ListStandardsUseCase listStandards();

  ListThemesUseCase listThemes();

  ListThemedRecommendationsUseCase listThemedRecommendations();

  OverrideThemesUseCase overrideThemes();

  ThemeHeatmapUseCase themeHeatmap();

  SuggestConsolidationsUseCase suggestConsolidations();

  DecideConsolidationUseCase decideConsolidation();

  ListRepeatsUseCase listRepeats();

  ImportDocumentsUseCase importDocuments();

  ImportInspectionUseCase importInspection();

  ImportRegionalReviewUseCase importRegionalReview();

  ImportActionPlanUseCase importActionPlan();

  ImportPublishedDocumentUseCase importPublishedDocument();

  ListAuditTrailUseCase listAuditTrail();

  GenerateDemoDataUseCase demoData();

  /** Builds the use cases over the records of {@code core}. */
  @Subcomponent.Factory
  interface Factory {
    UseCasesComponent create(@BindsInstance Core core);
  }
}
