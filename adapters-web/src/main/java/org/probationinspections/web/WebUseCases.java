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
import org.probationinspections.application.port.in.ImportInspectionUseCase;
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
    ListOverdueActionsUseCase listOverdue,
    DashboardUseCase dashboard) {}
