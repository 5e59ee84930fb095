package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import org.probationinspections.application.account.AccountServices;
import org.probationinspections.application.flag.FlagServices;
import org.probationinspections.application.history.HistoryServices;
import org.probationinspections.application.importing.ImportServices;
import org.probationinspections.application.insight.InsightServices;
import org.probationinspections.application.inspection.InspectionServices;
import org.probationinspections.application.plan.PlanServices;
import org.probationinspections.application.review.ReviewServices;
import org.probationinspections.application.units.UnitServices;
import org.probationinspections.web.InsightUseCases;
import org.probationinspections.web.WebUseCases;
import org.probationinspections.web.security.SecurityUseCases;

/** Hands the web adapter the use cases it calls, in its bundles, from the features' factories. */
@Module
final class WebUseCasesModule {

  private WebUseCasesModule() {}

  @Provides
  static WebUseCases web(
      UnitServices units,
      InspectionServices inspections,
      ReviewServices reviews,
      PlanServices plans,
      InsightServices insight,
      ImportServices imports,
      FlagServices flags) {
    return new WebUseCases(
        units.registerRegion(),
        units.listRegions(),
        units.registerPdu(),
        units.addPduAlias(),
        units.listPdus(),
        inspections.recordInspection(),
        inspections.recordKeyQuestionResults(),
        inspections.judgeStandard(),
        inspections.addRecommendation(),
        imports.importInspection(),
        inspections.listInspections(),
        inspections.getInspection(),
        inspections.exportInspections(),
        reviews.publishRegionalReview(),
        reviews.listRegionalReviews(),
        reviews.getRegionalReview(),
        plans.draftActionPlan(),
        plans.listActionPlans(),
        plans.getActionPlan(),
        plans.respondToRecommendation(),
        plans.addAction(),
        plans.updateActionProgress(),
        plans.retargetAction(),
        plans.judgeFollowUp(),
        plans.listOverdueActions(),
        insight.dashboard(),
        imports.importPublishedDocument(),
        imports.importRegionalReview(),
        imports.importActionPlan(),
        units.getPdu(),
        units.getRegion(),
        insight.listStandards(),
        reviews.listUnansweredRecommendations(),
        flags.listFlags(),
        flags.resolveFlag(),
        imports.importPublishedOutcomes(),
        plans.listMyActions(),
        plans.listAwaitingJudgement(),
        plans.listLettersAwaitingPlan(),
        imports.importDocuments(),
        imports.rehearseImports());
  }

  @Provides
  static InsightUseCases insight(InsightServices insight, PlanServices plans) {
    return new InsightUseCases(
        insight.listThemes(),
        insight.listThemedRecommendations(),
        insight.overrideThemes(),
        insight.themeHeatmap(),
        insight.suggestConsolidations(),
        insight.decideConsolidation(),
        insight.listRepeats(),
        plans.planDue(),
        insight.searchText(),
        insight.ratingCharts(),
        insight.league(),
        insight.regionCharts());
  }

  @Provides
  static SecurityUseCases security(AccountServices accounts, HistoryServices history) {
    return new SecurityUseCases(accounts.signIn(), accounts.identify(), history.listAuditTrail());
  }
}
