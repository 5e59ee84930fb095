package org.probationinspections.application.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.PublishedRecordDocument;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.PublicationDate;
import org.probationinspections.domain.inspection.PublishedRecord;

/**
 * A published outcome gives no fieldwork date: the first day its publication date may be (or, not
 * known, the first day of its programme) stands in for the start of fieldwork, noted on the record,
 * until the full report gives it. An outcome is the same inspection as a stored one of the same PDU
 * rated under the same programme's framework, published on a date that may be the same.
 */
final class PublishedOutcomeDates {

  private static final String MARK = "fieldwork start not published with the outcome";

  private PublishedOutcomeDates() {}

  static String note(LocalDate standIn, PublicationDate published) {
    return MARK
        + ": "
        + standIn
        + " stands in for it (published "
        + published.describe()
        + ") until the full report gives it";
  }

  static String corrected(LocalDate standIn, LocalDate started) {
    return "fieldwork start set from the report to "
        + started
        + " ("
        + standIn
        + " had stood in for it in the published outcome)";
  }

  /**
   * The stored inspection a published outcome is of: same programme, a date that may be its. An
   * inspection of the generated demo dataset is never one: a real source is not given to it.
   */
  static Optional<Inspection> sameInspection(InspectionDocument document, List<Inspection> ofPdu) {
    PublishedRecordDocument stated = document.publishedRecord().orElseThrow();
    PublicationDate date = new PublicationDate(stated.published(), stated.publishedNote());
    FrameworkId programme = new FrameworkId(document.framework());
    return ofPdu.stream()
        .filter(inspection -> !inspection.notes().contains(InspectionSummary.GENERATED_NOTE))
        .filter(inspection -> inspection.frameworkId().equals(programme))
        .filter(inspection -> date.mayBeSameAs(publishedOf(inspection)))
        .findFirst();
  }

  /**
   * The published summary of the same programme that a report published in {@code month} completes.
   */
  static Optional<Inspection> summaryCompletedBy(
      FrameworkId programme, Optional<YearMonth> month, List<Inspection> ofPdu) {
    return ofPdu.stream()
        .filter(Inspection::isSummary)
        .filter(inspection -> inspection.frameworkId().equals(programme))
        .filter(
            inspection ->
                month.isEmpty()
                    || inspection.publishedRecord().orElseThrow().date().admits(month.get()))
        .findFirst();
  }

  private static PublicationDate publishedOf(Inspection inspection) {
    return inspection
        .publishedRecord()
        .map(PublishedRecord::date)
        .filter(date -> date.value().isPresent())
        .or(
            () ->
                inspection
                    .details()
                    .published()
                    .map(month -> PublicationDate.of(month.toString(), null)))
        .orElse(PublicationDate.UNKNOWN);
  }
}
