package org.probationinspections.web;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import org.probationinspections.application.port.in.AddActionUseCase;
import org.probationinspections.application.port.in.AddPduAliasUseCase;
import org.probationinspections.application.port.in.AddRecommendationUseCase;
import org.probationinspections.application.port.in.DashboardUseCase;
import org.probationinspections.application.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.port.in.GetActionPlanUseCase;
import org.probationinspections.application.port.in.GetInspectionUseCase;
import org.probationinspections.application.port.in.GetRegionalReviewUseCase;
import org.probationinspections.application.port.in.IdentifyUseCase;
import org.probationinspections.application.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.port.in.ImportInspectionUseCase;
import org.probationinspections.application.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.port.in.JudgeStandardUseCase;
import org.probationinspections.application.port.in.ListActionPlansUseCase;
import org.probationinspections.application.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.port.in.ListPdusUseCase;
import org.probationinspections.application.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.port.in.ListRegionsUseCase;
import org.probationinspections.application.port.in.ListRepeatsUseCase;
import org.probationinspections.application.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.port.in.ListThemesUseCase;
import org.probationinspections.application.port.in.OverrideThemesUseCase;
import org.probationinspections.application.port.in.PlanDueUseCase;
import org.probationinspections.application.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.port.in.RecordInspectionUseCase;
import org.probationinspections.application.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.port.in.RegisterPduUseCase;
import org.probationinspections.application.port.in.RegisterRegionUseCase;
import org.probationinspections.application.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.port.in.RetargetActionUseCase;
import org.probationinspections.application.port.in.SignInUseCase;
import org.probationinspections.application.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.web.security.RequestActor;
import org.probationinspections.web.security.SecurityUseCases;
import org.probationinspections.web.security.WebSettings;

/**
 * Dagger wiring of the web adapter: the app object from the use cases the composition root
 * provides.
 */
@Module
public final class WebModule {

  private WebModule() {}

  @Provides
  static WebUseCases webUseCases(
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
      ImportActionPlanUseCase importPlan) {
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
        importPlan);
  }

  @Provides
  static InsightUseCases insightUseCases(
      ListThemesUseCase listThemes,
      ListThemedRecommendationsUseCase listThemedRecommendations,
      OverrideThemesUseCase overrideThemes,
      ThemeHeatmapUseCase themeHeatmap,
      SuggestConsolidationsUseCase suggestConsolidations,
      DecideConsolidationUseCase decideConsolidation,
      ListRepeatsUseCase listRepeats,
      PlanDueUseCase planDue) {
    return new InsightUseCases(
        listThemes,
        listThemedRecommendations,
        overrideThemes,
        themeHeatmap,
        suggestConsolidations,
        decideConsolidation,
        listRepeats,
        planDue);
  }

  @Provides
  static SecurityUseCases securityUseCases(
      SignInUseCase signIn, IdentifyUseCase identify, ListAuditTrailUseCase auditTrail) {
    return new SecurityUseCases(signIn, identify, auditTrail);
  }

  /** One per process: the web requests' actors, and the command line's outside any request. */
  @Provides
  @Singleton
  static RequestActor requestActor() {
    return new RequestActor(
        Actor.system("command line (" + System.getProperty("user.name", "unknown") + ")"));
  }

  @Provides
  static CurrentActor currentActor(RequestActor requestActor) {
    return requestActor;
  }

  /** Today's use cases, and a past day's for a request that asks {@code ?asOf=}. */
  @Provides
  static AsAtViews asAtViews(
      WebUseCases useCases, InsightUseCases insight, AsAtViews.PastDays pastDays) {
    return new AsAtViews(useCases, insight, pastDays);
  }

  @Provides
  static WebApp webApp(
      AsAtViews views, SecurityUseCases security, RequestActor requestActor, WebSettings settings) {
    return new WebApp(views, security, requestActor, settings);
  }
}
