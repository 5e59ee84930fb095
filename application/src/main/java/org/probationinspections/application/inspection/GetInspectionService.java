package org.probationinspections.application.inspection;

import java.util.Optional;
import org.probationinspections.application.inspection.port.in.GetInspectionUseCase;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.PublishedRecordDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * One inspection with its computed score, overall rating and flags, read with its PDU and region in
 * one read-only unit of work.
 */
record GetInspectionService(
    InspectionRepository inspections, Directory directory, UnitOfWork unitOfWork)
    implements GetInspectionUseCase {

  @Override
  public InspectionDocument get(InspectionId id) {
    return getVersioned(id).document();
  }

  @Override
  public Versioned getVersioned(InspectionId id) {
    return unitOfWork.reading(() -> read(id));
  }

  @Override
  public Optional<Long> version(InspectionId id) {
    // One read of one value: no unit of work needed to see it whole.
    return inspections.versionOf(id);
  }

  @Override
  public boolean overallAssumed(InspectionDocument document) {
    boolean summary =
        document.publishedRecord().map(PublishedRecordDocument::summary).orElse(false);
    return !summary
        && document.overallRating().isPresent()
        && directory
            .framework(new FrameworkId(document.framework()))
            .overallBandsAssumed(document.maxScore().orElse(0));
  }

  private Versioned read(InspectionId id) {
    var inspection = inspections.get(id);
    var pdu = directory.pdu(inspection.pduId());
    return new Versioned(
        InspectionDocuments.document(
            inspection,
            pdu,
            directory.region(pdu.regionId()),
            directory.framework(inspection.frameworkId())),
        inspection.version());
  }
}
