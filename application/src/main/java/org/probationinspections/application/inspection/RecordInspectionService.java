package org.probationinspections.application.inspection;

import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * Opens an inspection of a known unit under a known framework: the one named, or else the one
 * chosen by the start of fieldwork. A framework inspects units of one level: a PDU is not inspected
 * under a region's framework.
 */
record RecordInspectionService(InspectionRepository inspections, Directory directory)
    implements RecordInspectionUseCase {

  @Override
  public InspectionId record(Command command) {
    var pdu = directory.pdu(command.pdu());
    var framework = directory.framework(command.framework(), command.fieldworkStarted());
    if (framework.inspects() != pdu.level()) {
      throw new InvalidValueException(
          "framework",
          framework.id().value()
              + " inspects the "
              + framework.inspects().words()
              + ", and "
              + pdu.name()
              + " is a "
              + pdu.level().words());
    }
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
