package org.probationinspections.application.inspection;

import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * Opens an inspection of a known PDU under a known framework: the one named, or else the one chosen
 * by the start of fieldwork.
 */
public final class RecordInspectionService implements RecordInspectionUseCase {

  private final InspectionRepository inspections;
  private final Directory directory;
  private final UnitOfWork unitOfWork;

  RecordInspectionService(
      InspectionRepository inspections, Directory directory, UnitOfWork unitOfWork) {
    this.inspections = inspections;
    this.directory = directory;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public InspectionId record(Command command) {
    return unitOfWork.inTransaction(
        () -> {
          var pdu = directory.pdu(command.pdu());
          var framework = directory.framework(command.framework(), command.fieldworkStarted());
          Inspection inspection =
              Inspection.open(
                  InspectionId.newId(),
                  pdu.id(),
                  framework,
                  new InspectionDetails(
                      command.fieldworkStarted(),
                      command.published(),
                      command.leadInspector(),
                      command.casesInspected()));
          inspections.save(inspection);
          return inspection.id();
        });
  }
}
