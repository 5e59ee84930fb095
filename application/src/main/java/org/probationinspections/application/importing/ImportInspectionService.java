package org.probationinspections.application.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.importing.reading.FieldworkGuess;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.PublishedRecordDocument;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.FrameworkChoice;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * Stores an inspection document, adding to the stored inspection of the same PDU and fieldwork
 * month when there is one. Published ratings are kept beside the computed ones (rule 5).
 */
record ImportInspectionService(
    InspectionRepository inspections,
    UnitRegistrar registrar,
    Directory directory,
    FlagRepository flags,
    Clock clock)
    implements ImportInspectionUseCase {

  @Override
  public ImportOutcome importInspection(InspectionDocument document, OnConflict onConflict) {
    List<String> remarks = new ArrayList<>();
    var found =
        registrar.findOrRegister(
            namedFramework(document).map(Framework::inspects).orElse(UnitLevel.PDU),
            document.pdu(),
            document.region(),
            UnitRegistrar.registrationNotes(document.id(), remarks));
    Pdu pdu = found.pdu();
    // A PDU registered just now has no inspection stored, unless the document names one by id.
    Optional<Inspection> existing =
        found.registered() && document.id().isEmpty()
            ? Optional.empty()
            : findExisting(document, pdu);
    Framework framework = framework(document, existing);
    boolean summaryDocument = isSummary(document);
    if (summaryDocument && existing.isPresent() && !existing.get().isSummary()) {
      return addPublishedRecord(document, existing.get(), pdu, framework, remarks);
    }
    Optional<Inspection> asStored = existing.map(i -> i.atVersion(i.version()));
    Inspection inspection;
    if (existing.isPresent()) {
      inspection = existing.get();
      if (!inspection.pduId().equals(pdu.id())) {
        throw new InvalidValueException(
            "pdu", "inspection " + inspection.id() + " is not of " + pdu.name());
      }
      InspectionDetails revised = InspectionMerge.merged(inspection.details(), document);
      LocalDate stored = inspection.details().fieldworkStarted();
      if (document.fieldworkStarted().isPresent()
          && !YearMonth.from(stored).equals(YearMonth.from(document.fieldworkStarted().get()))
          && !summaryDocument
          && (inspection.isSummary()
              || inspection.notes().stream().anyMatch(FieldworkGuess::isGuess))) {
        LocalDate started = document.fieldworkStarted().get();
        revised =
            new InspectionDetails(
                started,
                revised.published(),
                revised.leadInspector(),
                revised.casesInspected(),
                revised.judgement());
        String corrected =
            inspection.isSummary()
                ? PublishedOutcomeDates.corrected(stored, started)
                : FieldworkGuess.corrected(stored, started);
        remarks.add(corrected);
        resolveFieldworkFlags(inspection, corrected);
      }
      if (inspection.isSummary() && !summaryDocument) {
        inspection.completeSummary();
        remarks.add(
            "the full report completes the published outcome of "
                + inspection.publishedRecord().orElseThrow().source());
      }
      inspection.revise(revised);
    } else {
      if (document.fieldworkStarted().isEmpty()) {
        throw new InvalidValueException(
            "fieldworkStarted", "is required for a new inspection of " + document.pdu());
      }
      inspection =
          Inspection.open(
              document.id().map(InspectionId::new).orElseGet(InspectionId::newId),
              pdu.id(),
              framework,
              InspectionMerge.merged(null, document));
    }
    Region region = directory.region(pdu.regionId());
    var before = existing.map(i -> InspectionDocuments.document(i, pdu, region, framework));
    InspectionMerge.apply(document, inspection, framework, remarks);
    document
        .publishedRecord()
        .map(InspectionDocuments::record)
        .ifPresent(inspection::recordPublishedRecord);
    remarks.forEach(inspection::note);
    var after = InspectionDocuments.document(inspection, pdu, region, framework);
    if (before.isPresent() && before.get().equals(after)) {
      return outcome(inspection, after, ImportOutcome.Effect.UNCHANGED);
    }
    List<String> conflict =
        asStored.isPresent()
            ? conflict(asStored.get(), inspection, document, framework, pdu, onConflict)
            : List.of();
    inspections.save(inspection);
    return outcome(
        inspection,
        after,
        existing.isPresent() ? ImportOutcome.Effect.UPDATED : ImportOutcome.Effect.CREATED,
        conflict);
  }

  /**
   * When the stored inspection changed since the document was made: refuses (throws), or says what
   * the merge kept and took or what the replacement overwrote. The import only adds and overwrites,
   * so what it leaves is the merge when nothing touches, and the replacement otherwise.
   */
  private static List<String> conflict(
      Inspection stored,
      Inspection result,
      InspectionDocument document,
      Framework framework,
      Pdu pdu,
      OnConflict onConflict) {
    Differences differences =
        new InspectionComparison(stored, result, document, framework).differences();
    if (differences.count() == 0) {
      return List.of();
    }
    Optional<String> newer =
        Conflicts.newer("inspection", document.version(), stored.version(), differences);
    if (newer.isEmpty()) {
      return List.of();
    }
    return Conflicts.resolve(
        "inspection " + stored.id().value() + " of " + pdu.name(),
        "inspection",
        newer.get(),
        differences,
        differences.touching(),
        onConflict);
  }

  private static boolean isSummary(InspectionDocument document) {
    return document.publishedRecord().map(PublishedRecordDocument::summary).orElse(false);
  }

  /**
   * A published outcome of an inspection whose full report is stored already: the report's figures
   * stay; the outcome adds where it was published, and a published overall rating other than the
   * report's is noted.
   */
  private ImportOutcome addPublishedRecord(
      InspectionDocument document,
      Inspection inspection,
      Pdu pdu,
      Framework framework,
      List<String> remarks) {
    Region region = directory.region(pdu.regionId());
    var before = InspectionDocuments.document(inspection, pdu, region, framework);
    Optional<Rating> stated = document.publishedOverallRating().flatMap(Rating::fromText);
    Optional<Rating> stored = inspection.published().overallRating();
    if (stated.isPresent() && stored.isPresent() && stated.get() != stored.get()) {
      remarks.add(
          "overall rating published as "
              + stated.get()
              + " by "
              + document.publishedRecord().orElseThrow().source()
              + " and as "
              + stored.get()
              + " in the report");
    }
    inspection.recordPublishedRecord(InspectionDocuments.record(document.publishedRecord().get()));
    remarks.forEach(inspection::note);
    var after = InspectionDocuments.document(inspection, pdu, region, framework);
    if (before.equals(after)) {
      return outcome(inspection, after, ImportOutcome.Effect.UNCHANGED);
    }
    inspections.save(inspection);
    return outcome(inspection, after, ImportOutcome.Effect.UPDATED);
  }

  /** The open flags of the letter's date standing in for the start of fieldwork, corrected. */
  private void resolveFieldworkFlags(Inspection inspection, String how) {
    flags
        .findByRecord(new FlaggedRecord(FlaggedRecord.Kind.INSPECTION, inspection.id().value()))
        .stream()
        .filter(Flag::isOpen)
        .filter(flag -> FieldworkGuess.isMissing(flag.reason()))
        .forEach(
            flag ->
                flags.save(
                    flag.resolve(
                        new Resolution(Resolution.Outcome.CORRECTED, how, "import", clock.now()))));
  }

  /** What became of the inspection: the rules' flags and the notes it holds, as stored. */
  private static ImportOutcome outcome(
      Inspection inspection, InspectionDocument after, ImportOutcome.Effect effect) {
    return outcome(inspection, after, effect, List.of());
  }

  private static ImportOutcome outcome(
      Inspection inspection,
      InspectionDocument after,
      ImportOutcome.Effect effect,
      List<String> conflict) {
    return new ImportOutcome(
        "inspection", inspection.id().value(), effect, reported(after), after.flags(), conflict);
  }

  /** What the rules flag, then the notes stored for a person to review. */
  private static List<String> reported(InspectionDocument stored) {
    List<String> reported = new ArrayList<>(stored.flags());
    reported.addAll(stored.notes());
    return reported;
  }

  /**
   * The framework the document names; else that of the stored inspection; else the one chosen by
   * the start of fieldwork.
   */
  /** The framework the document names, if it names one. */
  private Optional<Framework> namedFramework(InspectionDocument document) {
    return document.framework() == null || document.framework().isBlank()
        ? Optional.empty()
        : Optional.of(directory.framework(new FrameworkId(document.framework())));
  }

  private Framework framework(InspectionDocument document, Optional<Inspection> existing) {
    Optional<Framework> named = namedFramework(document);
    if (named.isPresent()) {
      return named.get();
    }
    if (existing.isPresent()) {
      return directory.framework(existing.get().frameworkId());
    }
    if (document.fieldworkStarted().isEmpty()) {
      throw new InvalidValueException(
          "fieldworkStarted", "is required for a new inspection of " + document.pdu());
    }
    return directory.framework(null, document.fieldworkStarted().get());
  }

  private Optional<Inspection> findExisting(InspectionDocument document, Pdu pdu) {
    if (document.id().isPresent()) {
      Optional<Inspection> byId = inspections.findById(new InspectionId(document.id().get()));
      if (byId.isPresent()) {
        return byId;
      }
    }
    List<Inspection> ofPdu = inspections.findByPdu(pdu.id());
    if (isSummary(document)) {
      return PublishedOutcomeDates.sameInspection(document, ofPdu);
    }
    if (document.fieldworkStarted().isEmpty()) {
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(document.fieldworkStarted().get());
    Optional<Inspection> sameMonth =
        ofPdu.stream()
            .filter(i -> YearMonth.from(i.details().fieldworkStarted()).equals(month))
            .findFirst();
    if (sameMonth.isPresent()) {
      return sameMonth;
    }
    // A published outcome of the same programme: the report completes it (generated data never).
    FrameworkId programme =
        document.framework() != null && !document.framework().isBlank()
            ? new FrameworkId(document.framework())
            : FrameworkChoice.forFieldwork(document.fieldworkStarted().get());
    Optional<Inspection> summary =
        document.notes().contains(InspectionSummary.GENERATED_NOTE)
            ? Optional.empty()
            : PublishedOutcomeDates.summaryCompletedBy(programme, document.published(), ofPdu);
    if (summary.isPresent()) {
      return summary;
    }
    // A regional letter imported first may have let its date stand in for this fieldwork's start:
    // the report completes that inspection (fieldwork comes before the letter, within a year).
    LocalDate started = document.fieldworkStarted().get();
    return ofPdu.stream()
        .filter(i -> i.notes().stream().anyMatch(FieldworkGuess::isGuess))
        .filter(
            i ->
                !i.details().fieldworkStarted().isBefore(started)
                    && i.details().fieldworkStarted().isBefore(started.plusYears(1)))
        .findFirst();
  }
}
