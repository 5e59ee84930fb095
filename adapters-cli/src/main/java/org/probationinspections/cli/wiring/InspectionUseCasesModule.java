package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.inspection.InspectionServices;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.GetInspectionUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;

/** Provides each use case of inspections by its interface. */
@Module
final class InspectionUseCasesModule {

  private InspectionUseCasesModule() {}

  @Provides
  @Reusable
  static InspectionServices services(Core core) {
    return core.inspections();
  }

  @Provides
  static RecordInspectionUseCase recordInspection(InspectionServices services) {
    return services.recordInspection();
  }

  @Provides
  static RecordKeyQuestionResultsUseCase recordKeyQuestionResults(InspectionServices services) {
    return services.recordKeyQuestionResults();
  }

  @Provides
  static JudgeStandardUseCase judgeStandard(InspectionServices services) {
    return services.judgeStandard();
  }

  @Provides
  static AddRecommendationUseCase addRecommendation(InspectionServices services) {
    return services.addRecommendation();
  }

  @Provides
  static GetInspectionUseCase getInspection(InspectionServices services) {
    return services.getInspection();
  }

  @Provides
  static ListInspectionsUseCase listInspections(InspectionServices services) {
    return services.listInspections();
  }

  @Provides
  static ExportInspectionsUseCase exportInspections(InspectionServices services) {
    return services.exportInspections();
  }
}
