package org.probationinspections.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import org.probationinspections.application.account.AccountServices;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.demo.port.out.DemoTexts;
import org.probationinspections.application.flag.FlagServices;
import org.probationinspections.application.history.HistoryServices;
import org.probationinspections.application.importing.ImportServices;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.insight.InsightServices;
import org.probationinspections.application.inspection.InspectionServices;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.plan.PlanServices;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.plan.port.in.GetActionPlanUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.review.ReviewServices;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.units.UnitServices;
import org.probationinspections.application.units.port.in.ListPdusUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.cli.command.DemoLoader;
import org.probationinspections.cli.command.Exports;
import org.probationinspections.cli.command.ItemSuggestions;
import org.probationinspections.cli.command.RatingRecomputation;
import org.probationinspections.cli.command.ServerStart;
import org.probationinspections.cli.command.UserAdministration;
import org.probationinspections.web.FileImports;
import org.probationinspections.web.InsightUseCases;
import org.probationinspections.web.WebUseCases;
import org.probationinspections.web.security.SecurityUseCases;

/**
 * The use cases over one set of records: today's, or a past day's rebuilt from the audit trail.
 * Each feature's factory ({@link UnitServices}, {@link PlanServices}, …) is a dependency of the
 * component, so each of its methods provides one use case by its interface; the web adapter's
 * bundles and each command's work ({@link Exports}, {@link FileImports}, …) are injected with the
 * ones they use.
 */
@Component(
    dependencies = {
      UnitServices.class,
      InspectionServices.class,
      ReviewServices.class,
      PlanServices.class,
      AccountServices.class,
      InsightServices.class,
      ImportServices.class,
      HistoryServices.class,
      FlagServices.class
    },
    modules = {DemoUseCasesModule.class, WebUseCasesModule.class, CommandsModule.class})
public interface UseCasesComponent {

  // The web adapter's bundles of use cases.

  WebUseCases web();

  InsightUseCases insight();

  SecurityUseCases security();

  // What each command does with its options, given the use cases it uses.

  FileImports imports();

  Exports exports();

  UserAdministration userAdministration();

  DemoLoader demoLoader();

  ServerStart serverStart();

  ItemSuggestions itemSuggestions();

  RatingRecomputation ratingRecomputation();

  // Use cases the tests of the command line drive directly.

  RegisterRegionUseCase registerRegion();

  RegisterPduUseCase registerPdu();

  ListRegionsUseCase listRegions();

  ListPdusUseCase listPdus();

  RecordInspectionUseCase recordInspection();

  AddRecommendationUseCase addRecommendation();

  JudgeStandardUseCase judgeStandard();

  ExportInspectionsUseCase exportInspections();

  ListRegionalReviewsUseCase listRegionalReviews();

  DraftActionPlanUseCase draftActionPlan();

  RespondToRecommendationUseCase respondToRecommendation();

  AddActionUseCase addAction();

  UpdateActionProgressUseCase updateActionProgress();

  GetActionPlanUseCase getActionPlan();

  ExportActionPlansUseCase exportActionPlans();

  AddUserUseCase addUser();

  CreateApiTokenUseCase createApiToken();

  EnsureAdministratorUseCase ensureAdministrator();

  ImportPublishedDocumentUseCase importPublishedDocument();

  GenerateDemoDataUseCase demoData();

  /** The use cases over the records of {@code core}, each feature's factory built once. */
  static UseCasesComponent over(Core core, DemoTexts demoTexts) {
    return DaggerUseCasesComponent.factory()
        .create(
            core,
            demoTexts,
            core.units(),
            core.inspections(),
            core.reviews(),
            core.plans(),
            core.accounts(),
            core.insight(),
            core.imports(),
            core.history(),
            core.flags());
  }

  /** Builds the use cases over the records of one core, from its features' factories. */
  @Component.Factory
  interface Factory {
    UseCasesComponent create(
        @BindsInstance Core core,
        @BindsInstance DemoTexts demoTexts,
        UnitServices units,
        InspectionServices inspections,
        ReviewServices reviews,
        PlanServices plans,
        AccountServices accounts,
        InsightServices insight,
        ImportServices imports,
        HistoryServices history,
        FlagServices flags);
  }
}
