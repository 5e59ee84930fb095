package org.probationinspections.application.testing;

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
import org.probationinspections.application.demo.port.out.DemoTexts;
import org.probationinspections.application.flag.port.in.ListFlagsUseCase;
import org.probationinspections.application.flag.port.in.ResolveFlagUseCase;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.importing.port.in.RehearseImportsUseCase;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.LeagueUseCase;
import org.probationinspections.application.insight.port.in.ListRepeatsUseCase;
import org.probationinspections.application.insight.port.in.ListStandardsUseCase;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ListThemesUseCase;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.RatingChartsUseCase;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase;
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

/** Every use case over a core, by the name the tests call it. */
public class AllUseCases {

  private final Core core;

  public AllUseCases(Core core) {
    this.core = core;
  }

  public RegisterRegionUseCase registerRegion() {
    return core.units().registerRegion();
  }

  public RegisterPduUseCase registerPdu() {
    return core.units().registerPdu();
  }

  public AddPduAliasUseCase addPduAlias() {
    return core.units().addPduAlias();
  }

  public ListRegionsUseCase listRegions() {
    return core.units().listRegions();
  }

  public ListPdusUseCase listPdus() {
    return core.units().listPdus();
  }

  public GetPduUseCase getPdu() {
    return core.units().getPdu();
  }

  public GetRegionUseCase getRegion() {
    return core.units().getRegion();
  }

  public RecordInspectionUseCase recordInspection() {
    return core.inspections().recordInspection();
  }

  public RecordKeyQuestionResultsUseCase recordKeyQuestionResults() {
    return core.inspections().recordKeyQuestionResults();
  }

  public JudgeStandardUseCase judgeStandard() {
    return core.inspections().judgeStandard();
  }

  public AddRecommendationUseCase addRecommendation() {
    return core.inspections().addRecommendation();
  }

  public GetInspectionUseCase getInspection() {
    return core.inspections().getInspection();
  }

  public ListInspectionsUseCase listInspections() {
    return core.inspections().listInspections();
  }

  public ExportInspectionsUseCase exportInspections() {
    return core.inspections().exportInspections();
  }

  public PublishRegionalReviewUseCase publishRegionalReview() {
    return core.reviews().publishRegionalReview();
  }

  public ListRegionalReviewsUseCase listRegionalReviews() {
    return core.reviews().listRegionalReviews();
  }

  public GetRegionalReviewUseCase getRegionalReview() {
    return core.reviews().getRegionalReview();
  }

  public ListUnansweredRecommendationsUseCase listUnansweredRecommendations() {
    return core.reviews().listUnansweredRecommendations();
  }

  public ListFlagsUseCase listFlags() {
    return core.flags().listFlags();
  }

  public ResolveFlagUseCase resolveFlag() {
    return core.flags().resolveFlag();
  }

  public DraftActionPlanUseCase draftActionPlan() {
    return core.plans().draftActionPlan();
  }

  public RespondToRecommendationUseCase respondToRecommendation() {
    return core.plans().respondToRecommendation();
  }

  public AddActionUseCase addAction() {
    return core.plans().addAction();
  }

  public UpdateActionProgressUseCase updateActionProgress() {
    return core.plans().updateActionProgress();
  }

  public JudgeFollowUpUseCase judgeFollowUp() {
    return core.plans().judgeFollowUp();
  }

  public RetargetActionUseCase retargetAction() {
    return core.plans().retargetAction();
  }

  public ListActionPlansUseCase listActionPlans() {
    return core.plans().listActionPlans();
  }

  public GetActionPlanUseCase getActionPlan() {
    return core.plans().getActionPlan();
  }

  public ExportActionPlansUseCase exportActionPlans() {
    return core.plans().exportActionPlans();
  }

  public ListAwaitingJudgementUseCase listAwaitingJudgement() {
    return core.plans().listAwaitingJudgement();
  }

  public ListLettersAwaitingPlanUseCase listLettersAwaitingPlan() {
    return core.plans().listLettersAwaitingPlan();
  }

  public ListMyActionsUseCase listMyActions() {
    return core.plans().listMyActions();
  }

  public ListOverdueActionsUseCase listOverdueActions() {
    return core.plans().listOverdueActions();
  }

  public PlanDueUseCase planDue() {
    return core.plans().planDue();
  }

  public SignInUseCase signIn() {
    return core.accounts().signIn();
  }

  public IdentifyUseCase identify() {
    return core.accounts().identify();
  }

  public AddUserUseCase addUser() {
    return core.accounts().addUser();
  }

  public ListUsersUseCase listUsers() {
    return core.accounts().listUsers();
  }

  public DisableUserUseCase disableUser() {
    return core.accounts().disableUser();
  }

  public ResetPasswordUseCase resetPassword() {
    return core.accounts().resetPassword();
  }

  public CreateApiTokenUseCase createApiToken() {
    return core.accounts().createApiToken();
  }

  public RevokeApiTokenUseCase revokeApiToken() {
    return core.accounts().revokeApiToken();
  }

  public EnsureAdministratorUseCase ensureAdministrator() {
    return core.accounts().ensureAdministrator();
  }

  public DashboardUseCase dashboard() {
    return core.insight().dashboard();
  }

  public ListStandardsUseCase listStandards() {
    return core.insight().listStandards();
  }

  public ListThemesUseCase listThemes() {
    return core.insight().listThemes();
  }

  public ListThemedRecommendationsUseCase listThemedRecommendations() {
    return core.insight().listThemedRecommendations();
  }

  public OverrideThemesUseCase overrideThemes() {
    return core.insight().overrideThemes();
  }

  public ThemeHeatmapUseCase themeHeatmap() {
    return core.insight().themeHeatmap();
  }

  public SuggestConsolidationsUseCase suggestConsolidations() {
    return core.insight().suggestConsolidations();
  }

  public DecideConsolidationUseCase decideConsolidation() {
    return core.insight().decideConsolidation();
  }

  public ListRepeatsUseCase listRepeats() {
    return core.insight().listRepeats();
  }

  public RatingChartsUseCase ratingCharts() {
    return core.insight().ratingCharts();
  }

  public RegionChartsUseCase regionCharts() {
    return core.insight().regionCharts();
  }

  public LeagueUseCase league() {
    return core.insight().league();
  }

  public SearchTextUseCase searchText() {
    return core.insight().searchText();
  }

  public ImportInspectionUseCase importInspection() {
    return core.imports().importInspection();
  }

  public ImportRegionalReviewUseCase importRegionalReview() {
    return core.imports().importRegionalReview();
  }

  public ImportActionPlanUseCase importActionPlan() {
    return core.imports().importActionPlan();
  }

  public ImportPublishedDocumentUseCase importPublishedDocument() {
    return core.imports().importPublishedDocument();
  }

  public ImportPublishedOutcomesUseCase importPublishedOutcomes() {
    return core.imports().importPublishedOutcomes();
  }

  public ImportDocumentsUseCase importDocuments() {
    return core.imports().importDocuments();
  }

  public RehearseImportsUseCase rehearseImports() {
    return core.imports().rehearseImports();
  }

  public ListAuditTrailUseCase listAuditTrail() {
    return core.history().listAuditTrail();
  }

  public GenerateDemoDataUseCase demoData(DemoTexts texts) {
    return core.demoData(texts);
  }
}
