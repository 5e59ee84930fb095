package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import org.probationinspections.application.account.port.in.IdentifyUseCase;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
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
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
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

/** Hands the web adapter the use cases it calls, in its bundles. */
@Module
final class WebUseCasesModule {

  private WebUseCasesModule() {}

  @Provides
  static WebUseCases web(
      RegisterRegionUseCase registerRegion,
      ListRegionsUseCase listRegions,
      RegisterPduUseCase registerPdu,
      AddPduAliasUseCase addPduAlias,
      ListPdusUseCase listPdus,
      RecordInspectionUseCase recordInspection,
      RecordKeyQuestionResultsUseCase recordKeyQuestions,
      JudgeStandardUseCase judgeStandard,
      AddRecommendationUseCase addRecommendation,
      ImportInspectionUseCase importInspection,
      ListInspectionsUseCase listInspections,
      GetInspectionUseCase getInspection,
      ExportInspectionsUseCase exportInspections,
      PublishRegionalReviewUseCase publishReview,
      ListRegionalReviewsUseCase listReviews,
      GetRegionalReviewUseCase getReview,
      DraftActionPlanUseCase draftActionPlan,
      ListActionPlansUseCase listActionPlans,
      GetActionPlanUseCase getActionPlan,
      RespondToRecommendationUseCase respond,
      AddActionUseCase addAction,
      UpdateActionProgressUseCase updateProgress,
      RetargetActionUseCase retarget,
      JudgeFollowUpUseCase judgeFollowUp,
      ListOverdueActionsUseCase listOverdue,
      DashboardUseCase dashboard,
      ImportPublishedDocumentUseCase importDocument,
      ImportRegionalReviewUseCase importReview,
      ImportActionPlanUseCase importPlan,
      GetPduUseCase getPdu,
      GetRegionUseCase getRegion,
      ListStandardsUseCase listStandards,
      ListUnansweredRecommendationsUseCase listUnanswered) {
    return new WebUseCases(
        registerRegion,
        listRegions,
        registerPdu,
        addPduAlias,
        listPdus,
        recordInspection,
        recordKeyQuestions,
        judgeStandard,
        addRecommendation,
        importInspection,
        listInspections,
        getInspection,
        exportInspections,
        publishReview,
        listReviews,
        getReview,
        draftActionPlan,
        listActionPlans,
        getActionPlan,
        respond,
        addAction,
        updateProgress,
        retarget,
        judgeFollowUp,
        listOverdue,
        dashboard,
        importDocument,
        importReview,
        importPlan,
        getPdu,
        getRegion,
        listStandards,
        listUnanswered);
  }

  @Provides
  static InsightUseCases insight(
      ListThemesUseCase listThemes,
      ListThemedRecommendationsUseCase listThemedRecommendations,
      OverrideThemesUseCase overrideThemes,
      ThemeHeatmapUseCase themeHeatmap,
      SuggestConsolidationsUseCase suggestConsolidations,
      DecideConsolidationUseCase decideConsolidation,
      ListRepeatsUseCase listRepeats,
      PlanDueUseCase planDue,
      SearchTextUseCase searchText) {
    return new InsightUseCases(
        listThemes,
        listThemedRecommendations,
        overrideThemes,
        themeHeatmap,
        suggestConsolidations,
        decideConsolidation,
        listRepeats,
        planDue,
        searchText);
  }

  @Provides
  static SecurityUseCases security(
      SignInUseCase signIn, IdentifyUseCase identify, ListAuditTrailUseCase auditTrail) {
    return new SecurityUseCases(signIn, identify, auditTrail);
  }
}
