package org.probationinspections.application.inspection.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.InspectionDocument;

/** Every inspection in the interchange shape, filtered by region and PDU. */
public interface ExportInspectionsUseCase {

  List<InspectionDocument> export(Optional<String> region, Optional<String> pdu);
}
