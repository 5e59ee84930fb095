package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.importing.ImportServices;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;

/** Provides each use case of imports by its interface. */
@Module
final class ImportUseCasesModule {

  private ImportUseCasesModule() {}

  @Provides
  @Reusable
  static ImportServices services(Core core) {
    return core.imports();
  }

  @Provides
  static ImportDocumentsUseCase importDocuments(ImportServices services) {
    return services.importDocuments();
  }

  @Provides
  static ImportInspectionUseCase importInspection(ImportServices services) {
    return services.importInspection();
  }

  @Provides
  static ImportRegionalReviewUseCase importRegionalReview(ImportServices services) {
    return services.importRegionalReview();
  }

  @Provides
  static ImportActionPlanUseCase importActionPlan(ImportServices services) {
    return services.importActionPlan();
  }

  @Provides
  static ImportPublishedDocumentUseCase importPublishedDocument(ImportServices services) {
    return services.importPublishedDocument();
  }
}
