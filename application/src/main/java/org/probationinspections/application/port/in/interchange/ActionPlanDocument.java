package org.probationinspections.application.port.in.interchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An action plan in the interchange shape. {@code summary} is computed on the way out; {@code
 * publishedSummary} is the table a document printed, checked against the computed counts on the way
 * in. {@code reviewDate} identifies the regional letter when no {@code reviewId} is known. {@code
 * inspectionId} names the inspection the plan answers when it answers one (a region's inspection of
 * its own) rather than a letter.
 */
public record ActionPlanDocument(
    Optional<String> id,
    String region,
    LocalDate submitted,
    Optional<String> reviewId,
    Optional<LocalDate> reviewDate,
    Optional<String> inspectionId,
    List<String> pdus,
    List<ItemDocument> items,
    Optional<SummaryDocument> summary,
    Optional<SummaryDocument> publishedSummary,
    List<String> flags,
    List<String> notes,
    Optional<Long> version) {

  public ActionPlanDocument {
    id = Interchange.orEmpty(id);
    reviewId = Interchange.orEmpty(reviewId);
    reviewDate = Interchange.orEmpty(reviewDate);
    inspectionId = Interchange.orEmpty(inspectionId);
    pdus = Interchange.orEmpty("pdus", pdus);
    items = Interchange.orEmpty("items", items);
    summary = Interchange.orEmpty(summary);
    publishedSummary = Interchange.orEmpty(publishedSummary);
    flags = Interchange.orEmpty("flags", flags);
    notes = Interchange.orEmpty("notes", notes);
    version = Interchange.orEmpty(version);
  }
}
