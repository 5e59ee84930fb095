package org.probationinspections.application.inspection;

import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.GetInspectionUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Ports;

/** Builds the use cases of inspections from the ports. */
public record InspectionServices(Ports ports) {

  private Directory directory() {
    return Directory.of(ports);
  }

  private InspectionEditor editor() {
    return new InspectionEditor(ports.inspections(), directory(), ports.unitOfWork());
  }

  public RecordInspectionUseCase recordInspection() {
    var service = new RecordInspectionService(ports.inspections(), directory());
    return command -> ports.unitOfWork().inTransaction(() -> service.record(command));
  }

  public RecordKeyQuestionResultsUseCase recordKeyQuestionResults() {
    return new RecordKeyQuestionResultsService(editor());
  }

  public JudgeStandardUseCase judgeStandard() {
    return new JudgeStandardService(editor());
  }

  public AddRecommendationUseCase addRecommendation() {
    return new AddRecommendationService(editor(), directory());
  }

  public GetInspectionUseCase getInspection() {
    return new GetInspectionService(ports.inspections(), directory(), ports.unitOfWork());
  }

  public ListInspectionsUseCase listInspections() {
    return new ListInspectionsService(ports.inspectionSummaries(), directory());
  }

  public ExportInspectionsUseCase exportInspections() {
    return new ExportInspectionsService(ports.inspections(), directory());
  }
}
