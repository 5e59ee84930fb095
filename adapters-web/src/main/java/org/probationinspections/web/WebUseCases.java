package org.probationinspections.web;

import org.probationinspections.application.flag.port.in.ListFlagsUseCase;
import org.probationinspections.application.flag.port.in.ResolveFlagUseCase;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.importing.port.in.RehearseImportsUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.ListStandardsUseCase;
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
import org.probationinspections.application.plan.port.in.ListAwaitingJudgementUseCase;
import org.probationinspections.application.plan.port.in.ListLettersAwaitingPlanUseCase;
import org.probationinspections.application.plan.port.in.ListMyActionsUseCase;
import org.probationinspections.application.plan.port.in.ListOverdueActionsUseCase;
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
    ImportActionPlanUseCase importPlan,
    GetPduUseCase getPdu,
    GetRegionUseCase getRegion,
    ListStandardsUseCase listStandards,
    ListUnansweredRecommendationsUseCase listUnanswered,
    ListFlagsUseCase listFlags,
    ResolveFlagUseCase resolveFlag,
    ImportPublishedOutcomesUseCase importOutcomes,
    ListMyActionsUseCase listMyActions,
    ListAwaitingJudgementUseCase listAwaitingJudgement,
    ListLettersAwaitingPlanUseCase listLettersAwaitingPlan,
    ImportDocumentsUseCase importDocuments,
    RehearseImportsUseCase rehearseImports) {

  /** Imports of whole files, as the import page takes them: documents, exports, records. */
  public FileImports fileImports() {
    return new FileImports(importDocument, importDocuments, importOutcomes, rehearseImports);
  }
}
