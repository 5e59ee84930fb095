package org.probationinspections.application.inspection;

import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * Opens an inspection of a known PDU under a known framework: the one named, or else the one chosen
 * by the start of fieldwork.
 */
record RecordInspectionService(InspectionRepository inspections, Directory directory)
    implements RecordInspectionUseCase {

  @Override
  public InspectionId record(Command command) {
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
  }
}
