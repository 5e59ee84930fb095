package org.probationinspections.application.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.unit.PduId;

/** Shows a regional review in the interchange shape. */
public final class ReviewDocuments {

  private ReviewDocuments() {}

  public static RegionalReviewDocument document(
      RegionalReview review, InspectionRepository inspections, Names names) {
    Map<InspectionId, PduId> units = new HashMap<>();
    for (InspectionId id : review.inspections()) {
      inspections.findById(id).ifPresent(inspection -> units.put(id, inspection.pduId()));
    }
    return document(review, units, names);
  }

  /**
   * The document of a letter whose inspections' units were read already ({@code units}: a list of
   * letters reads them for its whole page at once); an inspection not there is left out.
   */
  public static RegionalReviewDocument document(
      RegionalReview review, Map<InspectionId, PduId> units, Names names) {
    List<String> pdus =
        review.inspections().stream()
            .map(units::get)
            .filter(java.util.Objects::nonNull)
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
