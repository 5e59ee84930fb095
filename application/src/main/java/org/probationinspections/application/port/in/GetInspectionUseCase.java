package org.probationinspections.application.port.in;

import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.domain.inspection.InspectionId;

/** One inspection in the interchange shape, with what the rules compute and flag. */
public interface GetInspectionUseCase {

  InspectionDocument get(InspectionId id);
}
