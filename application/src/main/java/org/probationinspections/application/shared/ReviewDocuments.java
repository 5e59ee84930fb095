package org.probationinspections.application.shared;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.review.RegionalReview;

/** Shows a regional review in the interchange shape. */
public final class ReviewDocuments {

  private ReviewDocuments() {}

  public static RegionalReviewDocument document(
      RegionalReview review, InspectionRepository inspections, Names names) {
    List<String> pdus =
        review.inspections().stream()
            .map(inspections::findById)
            .flatMap(Optional::stream)
            .map(Inspection::pduId)
            .map(id -> names.pdu(id).name())
            .toList();
    return new RegionalReviewDocument(
        Optional.of(review.id().value()),
        names.region(review.regionId()).name(),
        review.date(),
        Optional.empty(),
        pdus,
        review.inspections().stream().map(Object::toString).toList(),
        review.observations().stream()
            .map(o -> new ObservationDocument(o.theme(), o.kind(), o.text()))
            .toList(),
        List.of(),
        review.notes(),
        Optional.of(review.version()));
  }
}
