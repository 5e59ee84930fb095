package org.probationinspections.cli.wiring;

import dagger.BindsInstance;
import dagger.Subcomponent;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.plan.port.in.GetActionPlanUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.units.port.in.ListPdusUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.cli.command.DemoLoader;
import org.probationinspections.cli.command.Exports;
import org.probationinspections.cli.command.Imports;
import org.probationinspections.cli.command.ItemSuggestions;
import org.probationinspections.cli.command.ServerStart;
import org.probationinspections.cli.command.UserAdministration;
import org.probationinspections.web.InsightUseCases;
import org.probationinspections.web.WebUseCases;
import org.probationinspections.web.security.SecurityUseCases;

/**
 * The use cases over one set of records: today's, or a past day's rebuilt from the audit trail.
 * Each feature's module provides its use cases by their interfaces; the web adapter's bundles and
 * each command's work ({@link Exports}, {@link Imports}, …) are injected with the ones they use.
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

  // The web adapter's bundles of use cases.

  WebUseCases web();

  InsightUseCases insight();

  SecurityUseCases security();

  // What each command does with its options, given the use cases it uses.

  Imports imports();

  Exports exports();

  UserAdministration userAdministration();

  DemoLoader demoLoader();

  ServerStart serverStart();

  ItemSuggestions itemSuggestions();

  // Use cases the tests of the command line drive directly.

  RegisterRegionUseCase registerRegion();

  RegisterPduUseCase registerPdu();

  ListRegionsUseCase listRegions();

  ListPdusUseCase listPdus();

  RecordInspectionUseCase recordInspection();

  AddRecommendationUseCase addRecommendation();

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

  /** Builds the use cases over the records of {@code core}. */
  @Subcomponent.Factory
  interface Factory {
    UseCasesComponent create(@BindsInstance Core core);
  }
}
