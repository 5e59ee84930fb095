package org.probationinspections.web;

import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.web.security.SecurityUseCases;

/**
 * Every use case over a core, by name, as the tests call them, and the bundles the composition root
 * hands the web module, built from the same use cases.
 */
public final class TestUseCases extends AllUseCases {

  public TestUseCases(Core core) {
    super(core);
  }

  /** What the composition root hands the web module. */
  public WebUseCases web() {
    return new WebUseCases(
        registerRegion(),
        listRegions(),
        registerPdu(),
        addPduAlias(),
        listPdus(),
        recordInspection(),
        recordKeyQuestionResults(),
        judgeStandard(),
        addRecommendation(),
        importInspection(),
        listInspections(),
        getInspection(),
        exportInspections(),
        publishRegionalReview(),
        listRegionalReviews(),
        getRegionalReview(),
        draftActionPlan(),
        listActionPlans(),
        getActionPlan(),
        respondToRecommendation(),
        addAction(),
        updateActionProgress(),
        retargetAction(),
        judgeFollowUp(),
        listOverdueActions(),
        dashboard(),
        importPublishedDocument(),
        importRegionalReview(),
        importActionPlan(),
        getPdu(),
        getRegion(),
        listStandards(),
        listUnansweredRecommendations(),
        listFlags(),
        resolveFlag(),
        importPublishedOutcomes(),
        listMyActions(),
        listAwaitingJudgement(),
        listLettersAwaitingPlan(),
        importDocuments(),
        rehearseImports());
  }

  /** The insight use cases, as the composition root hands them to the web module. */
  public InsightUseCases insight() {
    return new InsightUseCases(
        listThemes(),
        listThemedRecommendations(),
        overrideThemes(),
        themeHeatmap(),
        suggestConsolidations(),
        decideConsolidation(),
        listRepeats(),
        planDue(),
        searchText(),
        ratingCharts(),
        league(),
        regionCharts());
  }

  public SecurityUseCases security() {
    return new SecurityUseCases(signIn(), identify(), listAuditTrail());
  }
}
