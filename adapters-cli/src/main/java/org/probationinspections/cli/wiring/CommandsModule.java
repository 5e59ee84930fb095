package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.account.port.in.DisableUserUseCase;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.account.port.in.ListUsersUseCase;
import org.probationinspections.application.account.port.in.ResetPasswordUseCase;
import org.probationinspections.application.account.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.RehearseImportsUseCase;
import org.probationinspections.application.insight.port.in.RecomputeRatingsUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.cli.command.DemoLoader;
import org.probationinspections.cli.command.Exports;
import org.probationinspections.cli.command.ItemSuggestions;
import org.probationinspections.cli.command.RatingRecomputation;
import org.probationinspections.cli.command.ServerStart;
import org.probationinspections.cli.command.UserAdministration;
import org.probationinspections.web.FileImports;

/** What each command does with its options, built from the use cases it uses. */
@Module
final class CommandsModule {

  private CommandsModule() {}

  @Provides
  static FileImports imports(
      ImportPublishedDocumentUseCase published,
      ImportDocumentsUseCase documents,
      ImportPublishedOutcomesUseCase outcomes,
      RehearseImportsUseCase rehearsal) {
    return new FileImports(published, documents, outcomes, rehearsal);
  }

  @Provides
  static Exports exports(
      ExportInspectionsUseCase inspections,
      ListRegionalReviewsUseCase reviews,
      ExportActionPlansUseCase plans,
      ListAuditTrailUseCase auditTrail) {
    return new Exports(inspections, reviews, plans, auditTrail);
  }

  @Provides
  static UserAdministration userAdministration(
      AddUserUseCase add,
      ListUsersUseCase list,
      DisableUserUseCase disable,
      ResetPasswordUseCase reset,
      CreateApiTokenUseCase createToken,
      RevokeApiTokenUseCase revokeToken) {
    return new UserAdministration(add, list, disable, reset, createToken, revokeToken);
  }

  @Provides
  static ItemSuggestions itemSuggestions(SuggestConsolidationsUseCase suggestions) {
    return new ItemSuggestions(suggestions);
  }

  @Provides
  static RatingRecomputation ratingRecomputation(RecomputeRatingsUseCase recompute) {
    return new RatingRecomputation(recompute);
  }

  @Provides
  static DemoLoader demoLoader(ListRegionsUseCase regions, GenerateDemoDataUseCase demoData) {
    return new DemoLoader(regions, demoData);
  }

  @Provides
  static ServerStart serverStart(DemoLoader demo, EnsureAdministratorUseCase administrator) {
    return new ServerStart(demo, administrator);
  }
}
