package org.probationinspections.application.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.importing.reading.FieldworkGuess;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.Region;

/**
 * Stores a regional letter: each PDU's annexe data goes to that PDU's inspection, then the review
 * covers those inspections. A letter already stored (same id, or same region and date) is replaced
 * by the new content.
 */
record ImportRegionalReviewService(
    ReviewRepository reviews,
    InspectionRepository inspections,
    ImportInspectionUseCase importInspection,
    UnitRegistrar registrar,
    Directory directory)
    implements ImportRegionalReviewUseCase {

  @Override
  public ImportOutcome importReview(RegionalReviewDocument document, OnConflict onConflict) {
    List<String> remarks = new ArrayList<>(document.notes());
    List<String> registrations = UnitRegistrar.registrationNotes(document.id(), remarks);
    Region region = registrar.region(document.region(), registrations);
    Set<InspectionId> covered = new LinkedHashSet<>();
    boolean inspectionsChanged = false;
    List<String> conflict = new ArrayList<>();
    for (InspectionDocument annexe : document.inspections()) {
      InspectionDocument withRegion =
          annexe.region().isPresent() ? annexe : withRegion(annexe, region.name());
      if (withRegion.fieldworkStarted().isEmpty()) {
        withRegion = dated(withRegion, document.date());
      }
      ImportOutcome outcome = importInspection.importInspection(withRegion, onConflict);
      outcome.conflict().forEach(line -> conflict.add(annexe.pdu() + ": " + line));
      covered.add(new InspectionId(outcome.recordId()));
      inspectionsChanged |= outcome.effect() != ImportOutcome.Effect.UNCHANGED;
    }
    for (String id : document.inspectionIds()) {
      InspectionId inspection = new InspectionId(id);
      if (inspections.versionOf(inspection).isEmpty()) {
        throw new InvalidValueException(
            "inspectionIds",
            "the letter covers inspection "
                + id
                + ", which is not stored: import its report (or the export of inspections) first");
      }
      covered.add(inspection);
    }
    for (String pduName : document.pdus()) {
      var pdu = registrar.pdu(pduName, Optional.of(region.name()), registrations);
      boolean alreadyCovered =
          covered.stream()
              .map(inspections::findById)
              .flatMap(Optional::stream)
              .anyMatch(i -> i.pduId().equals(pdu.id()));
      if (!alreadyCovered) {
        List<Inspection> ofPdu = inspections.findByPdu(pdu.id());
        if (ofPdu.isEmpty()) {
          remarks.add("the letter names " + pduName + " but no inspection of it is stored");
        } else {
          covered.add(ofPdu.get(ofPdu.size() - 1).id());
        }
      }
    }
    if (covered.isEmpty()) {
      throw new InvalidValueException(
          "inspections", "the regional letter covers no inspection that could be found or made");
    }
    List<Observation> observations =
        document.observations().stream().map(ImportRegionalReviewService::observation).toList();
    Optional<RegionalReview> existing =
        document
            .id()
            .flatMap(id -> reviews.findById(new ReviewId(id)))
            .or(
                () ->
                    reviews.findByRegion(region.id()).stream()
                        .filter(r -> r.date().equals(document.date()))
                        .findFirst());
    RegionalReview review =
        new RegionalReview(
            existing
                .map(RegionalReview::id)
                .orElseGet(() -> document.id().map(ReviewId::new).orElseGet(ReviewId::newId)),
            region.id(),
            document.date(),
            List.copyOf(covered),
            observations,
            remarks,
            existing.map(RegionalReview::version).orElse(0L));
    if (existing.isPresent() && sameContent(existing.get(), review) && !inspectionsChanged) {
      return new ImportOutcome(
          "regional letter", review.id().value(), ImportOutcome.Effect.UNCHANGED, remarks);
    }
    if (existing.isPresent()) {
      ReviewComparison comparison = new ReviewComparison(existing.get(), review, this::named);
      Differences differences = comparison.differences();
      Optional<String> newer =
          differences.count() == 0
              ? Optional.empty()
              : Conflicts.newer(
                  "regional letter", document.version(), existing.get().version(), differences);
      if (newer.isPresent()) {
        conflict.addAll(
            Conflicts.resolve(
                "regional letter " + review.id().value() + " of " + region.name(),
                "regional letter",
                newer.get(),
                differences,
                differences.all(),
                onConflict));
        if (onConflict == OnConflict.MERGE) {
          review =
              new RegionalReview(
                  review.id(),
                  review.regionId(),
                  review.date(),
                  comparison.covered(),
                  comparison.observations(),
                  review.notes(),
                  review.version());
        }
      }
    }
    reviews.save(review);
    return new ImportOutcome(
        "regional letter",
        review.id().value(),
        existing.isPresent() ? ImportOutcome.Effect.UPDATED : ImportOutcome.Effect.CREATED,
        remarks,
        List.of(),
        conflict);
  }

  /** An inspection as a person reads it: its PDU and the month fieldwork started. */
  private String named(InspectionId id) {
    return inspections
        .findById(id)
        .map(
            i ->
                directory.pdu(i.pduId()).name()
                    + " ("
                    + java.time.YearMonth.from(i.details().fieldworkStarted())
                    + ")")
        .orElse(id.value());
  }

  private static boolean sameContent(RegionalReview a, RegionalReview b) {
    return a.date().equals(b.date())
        && a.inspections().equals(b.inspections())
        && a.observations().equals(b.observations())
        && a.notes().equals(b.notes());
  }

  private static Observation observation(ObservationDocument document) {
    return new Observation(document.theme(), document.kind(), document.text());
  }

  /**
   * An annexe that gives no fieldwork date: it belongs to the PDU's inspection whose fieldwork
   * started last before the letter, when one is stored; else the letter's date stands in for the
   * start of fieldwork, with a note saying so (see {@link FieldworkGuess}).
   */
  private InspectionDocument dated(InspectionDocument annexe, LocalDate letter) {
    Optional<LocalDate> stored =
        directory
            .findPdu(annexe.pdu())
            .flatMap(
                pdu ->
                    inspections.findByPdu(pdu.id()).stream()
                        .map(i -> i.details().fieldworkStarted())
                        .filter(started -> !started.isAfter(letter))
                        .max(LocalDate::compareTo));
    List<String> notes = new ArrayList<>(annexe.notes());
    if (stored.isEmpty()) {
      notes.add(FieldworkGuess.note(annexe.pdu(), letter));
    }
    return withFieldwork(annexe, stored.orElse(letter), notes);
  }

  private static InspectionDocument withFieldwork(
      InspectionDocument d, LocalDate started, List<String> notes) {
    return with(d, d.region(), Optional.of(started), notes);
  }

  private static InspectionDocument withRegion(InspectionDocument d, String region) {
    return with(d, Optional.of(region), d.fieldworkStarted(), d.notes());
  }

  private static InspectionDocument with(
      InspectionDocument d,
      Optional<String> region,
      Optional<LocalDate> started,
      List<String> notes) {
    return new InspectionDocument(
        d.id(),
        d.pdu(),
        region,
        d.framework(),
        started,
        d.published(),
        d.leadInspector(),
        d.casesInspected(),
        d.standards(),
        d.score(),
        d.maxScore(),
        d.overallRating(),
        d.publishedScore(),
        d.publishedMaxScore(),
        d.publishedOverallRating(),
        d.flags(),
        notes,
        d.recommendations(),
        d.publishedRecord(),
        d.judgement(),
        d.version());
  }
}
