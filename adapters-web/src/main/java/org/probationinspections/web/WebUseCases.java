package org.probationinspections.web;

import org.probationinspections.application.port.in.AddActionUseCase;
import org.probationinspections.application.port.in.AddPduAliasUseCase;
import org.probationinspections.application.port.in.AddRecommendationUseCase;
import org.probationinspections.application.port.in.DashboardUseCase;
import org.probationinspections.application.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.port.in.GetActionPlanUseCase;
import org.probationinspections.application.port.in.GetInspectionUseCase;
import org.probationinspections.application.port.in.GetRegionalReviewUseCase;
import org.probationinspections.application.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.port.in.ImportInspectionUseCase;
import org.probationinspections.application.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.port.in.JudgeStandardUseCase;
import org.probationinspections.application.port.in.ListActionPlansUseCase;
import org.probationinspections.application.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.port.in.ListPdusUseCase;
import org.probationinspections.application.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.port.in.ListRegionsUseCase;
import org.probationinspections.application.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.port.in.RecordInspectionUseCase;
import org.probationinspections.application.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.port.in.RegisterPduUseCase;
import org.probationinspections.application.port.in.RegisterRegionUseCase;
import org.probationinspections.application.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.port.in.RetargetActionUseCase;
import org.probationinspections.application.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.service.Services;

/** Every use case the web adapter calls, so that the app object has one constructor argument. */
public record WebUseCases(
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

  /** Every use case the web adapter calls, as {@code services} builds them. */
  public static WebUseCases of(Services s) {
    return new WebUseCases(
        s.registerRegion(),
        s.listRegions(),
        s.registerPdu(),
        s.addPduAlias(),
        s.listPdus(),
        s.recordInspection(),
        s.recordKeyQuestionResults(),
        s.judgeStandard(),
        s.addRecommendation(),
        s.importInspection(),
        s.listInspections(),
        s.getInspection(),
        s.exportInspections(),
        s.publishRegionalReview(),
        s.listRegionalReviews(),
        s.getRegionalReview(),
        s.draftActionPlan(),
        s.listActionPlans(),
        s.getActionPlan(),
        s.respondToRecommendation(),
        s.addAction(),
        s.updateActionProgress(),
        s.retargetAction(),
        s.judgeFollowUp(),
        s.listOverdueActions(),
        s.dashboard(),
        s.importPublishedDocument(),
        s.importRegionalReview(),
        s.importActionPlan());
  }
}
