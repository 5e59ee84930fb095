package org.probationinspections.application.inspection;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.application.shared.Names;

/** Every inspection, or a region's or PDU's, in the interchange shape, oldest first. */
record ExportInspectionsService(InspectionRepository inspections, Directory directory)
    implements ExportInspectionsUseCase {

  @Override
  public List<InspectionDocument> export(Optional<String> region, Optional<String> pdu) {
    Names names = new Names(directory);
    var regionFilter = region.map(directory::region);
    var pduFilter = pdu.map(directory::pdu);
    var found =
        pduFilter.isPresent() ? inspections.findByPdu(pduFilter.get().id()) : inspections.findAll();
    return found.stream()
        .filter(
            i ->
                regionFilter.isEmpty()
                    || names.pdu(i.pduId()).regionId().equals(regionFilter.get().id()))
        .map(
            i ->
                InspectionDocuments.document(
                    i,
                    names.pdu(i.pduId()),
                    names.regionOf(i.pduId()),
                    directory.framework(i.frameworkId())))
        .toList();
  }
}
