package org.probationinspections.application.port.in.interchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A regional letter in the interchange shape. {@code inspections} carries what the letter's annexes
 * say of each PDU (its recommendations, its ratings); on import they are attached to that PDU's
 * inspection, or make a new one. {@code inspectionIds} lists the covered inspections once stored.
 * {@code version} is the stored version an export was made from: an import refuses, merges or
 * replaces a stored letter that changed since (a published letter has none).
 */
public record RegionalReviewDocument(
    Optional<String> id,
    String region,
    LocalDate date,
    Optional<String> leadInspector,
    List<String> pdus,
    List<String> inspectionIds,
    List<ObservationDocument> observations,
    List<InspectionDocument> inspections,
    List<String> notes,
    Optional<Long> version) {

  public RegionalReviewDocument {
    id = Interchange.orEmpty(id);
    leadInspector = Interchange.orEmpty(leadInspector);
    pdus = Interchange.orEmpty("pdus", pdus);
    inspectionIds = Interchange.orEmpty("inspectionIds", inspectionIds);
    observations = Interchange.orEmpty("observations", observations);
    inspections = Interchange.orEmpty("inspections", inspections);
    notes = Interchange.orEmpty("notes", notes);
    version = Interchange.orEmpty(version);
  }
}
