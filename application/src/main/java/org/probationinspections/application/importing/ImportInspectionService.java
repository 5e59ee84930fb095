package org.probationinspections.application.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.PublishedRecordDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.FrameworkChoice;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.RatingBasis;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.Finding;
import org.probationinspections.domain.inspection.FindingKind;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.theme.Wording;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.UnitName;

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
  public ImportOutcome importInspection(InspectionDocument document) {
    List<String> remarks = new ArrayList<>();
    var found =
        registrar.findOrRegister(
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
    Inspection inspection;
    if (existing.isPresent()) {
      inspection = existing.get();
      if (!inspection.pduId().equals(pdu.id())) {
        throw new InvalidValueException(
            "pdu", "inspection " + inspection.id() + " is not of " + pdu.name());
      }
      InspectionDetails revised = merged(inspection.details(), document);
      LocalDate stored = inspection.details().fieldworkStarted();
      if (document.fieldworkStarted().isPresent()
          && !YearMonth.from(stored).equals(YearMonth.from(document.fieldworkStarted().get()))
          && !summaryDocument
          && (inspection.isSummary()
              || inspection.notes().stream().anyMatch(FieldworkGuess::isGuess))) {
        LocalDate started = document.fieldworkStarted().get();
        revised =
            new InspectionDetails(
                started, revised.published(), revised.leadInspector(), revised.casesInspected());
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
              merged(null, document));
    }
    Region region = directory.region(pdu.regionId());
    var before = existing.map(i -> InspectionDocuments.document(i, pdu, region, framework));
    apply(document, inspection, framework, remarks);
    document
        .publishedRecord()
        .map(InspectionDocuments::record)
        .ifPresent(inspection::recordPublishedRecord);
    remarks.forEach(inspection::note);
    var after = InspectionDocuments.document(inspection, pdu, region, framework);
    if (before.isPresent() && before.get().equals(after)) {
      return outcome(inspection, after, ImportOutcome.Effect.UNCHANGED);
    }
    inspections.save(inspection);
    return outcome(
        inspection,
        after,
        existing.isPresent() ? ImportOutcome.Effect.UPDATED : ImportOutcome.Effect.CREATED);
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
    return new ImportOutcome(
        "inspection", inspection.id().value(), effect, reported(after), after.flags());
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
  private Framework framework(InspectionDocument document, Optional<Inspection> existing) {
    if (document.framework() != null && !document.framework().isBlank()) {
      return directory.framework(new FrameworkId(document.framework()));
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

  /**
   * The standard under the code the framework gives its printed name, where that differs from the
   * code printed (a 2021 layout read for an inspection under a later framework); else as printed.
   */
  private static StandardDocument byName(Framework framework, StandardDocument standard) {
    if (standard.name() == null || standard.name().isBlank()) {
      return standard;
    }
    String key = UnitName.key(standard.name());
    boolean codeNamesIt =
        framework
            .findStandard(standard.code())
            .filter(definition -> UnitName.key(definition.name()).equals(key))
            .isPresent();
    if (codeNamesIt) {
      return standard;
    }
    return framework.standards().stream()
        .filter(definition -> UnitName.key(definition.name()).equals(key))
        .findFirst()
        .map(
            definition ->
                new StandardDocument(
                    definition.code(),
                    standard.name(),
                    standard.rating(),
                    standard.publishedRating(),
                    standard.keyQuestions(),
                    standard.strengths(),
                    standard.areasForImprovement()))
        .orElse(standard);
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

  /** The document's facts, filling what the stored inspection lacks. */
  private static InspectionDetails merged(InspectionDetails stored, InspectionDocument document) {
    if (stored == null) {
      return new InspectionDetails(
          document.fieldworkStarted().orElseThrow(),
          document.published(),
          document.leadInspector(),
          document.casesInspected().map(OptionalInt::of).orElse(OptionalInt.empty()));
    }
    return new InspectionDetails(
        stored.fieldworkStarted(),
        stored.published().or(document::published),
        stored.leadInspector().or(document::leadInspector),
        stored.casesInspected().isPresent()
            ? stored.casesInspected()
            : document.casesInspected().map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  private static void apply(
      InspectionDocument document,
      Inspection inspection,
      Framework framework,
      List<String> remarks) {
    // The findings stored before each standard's, as a set: a report has about a hundred.
    Set<Finding> present = new HashSet<>(inspection.findings());
    for (StandardDocument printed : document.standards()) {
      StandardDocument standard = byName(framework, printed);
      var definition = framework.findStandard(standard.code());
      if (definition.isEmpty()) {
        remarks.add("standard " + standard.code() + " is not in " + framework.id() + ": ignored");
        continue;
      }
      if (!standard.keyQuestions().isEmpty()) {
        inspection.recordKeyQuestions(
            framework,
            standard.code(),
            standard.keyQuestions().stream()
                .map(q -> new KeyQuestionResult(q.question(), q.percentYes()))
                .toList());
      }
      if (standard.publishedRating().isPresent()) {
        recordPublished(inspection, framework, standard, remarks);
      } else if (standard.rating().isPresent() && standard.keyQuestions().isEmpty()) {
        recordRating(inspection, framework, standard, definition.get().basis());
      }
      present.addAll(addFindings(inspection, standard, present));
    }
    for (RecommendationDocument recommendation : document.recommendations()) {
      addRecommendation(inspection, recommendation, remarks);
    }
    if (document.publishedScore().isPresent()
        || document.publishedMaxScore().isPresent()
        || document.publishedOverallRating().isPresent()) {
      inspection.recordPublishedSummary(
          new PublishedSummary(
              document.publishedScore().map(OptionalInt::of).orElse(OptionalInt.empty()),
              document.publishedMaxScore().map(OptionalInt::of).orElse(OptionalInt.empty()),
              document.publishedOverallRating()));
    }
    document.notes().forEach(inspection::note);
  }

  private static void recordPublished(
      Inspection inspection, Framework framework, StandardDocument standard, List<String> remarks) {
    Rating published = standard.publishedRating().orElseThrow();
    inspection
        .result(standard.code())
        .flatMap(r -> r.publishedRating())
        .filter(stored -> stored != published)
        .ifPresent(
            stored ->
                remarks.add(
                    standard.code()
                        + " "
                        + standard.name()
                        + " published as "
                        + stored
                        + " before and as "
                        + published
                        + " in this document"));
    inspection.recordPublishedRating(framework, standard.code(), published);
  }

  private static void recordRating(
      Inspection inspection, Framework framework, StandardDocument standard, RatingBasis basis) {
    Rating rating = standard.rating().orElseThrow();
    if (rating == Rating.NOT_RATED) {
      inspection.markNotRated(framework, standard.code());
    } else if (basis == RatingBasis.JUDGEMENT) {
      inspection.judge(framework, standard.code(), rating);
    } else {
      throw new RuleBrokenException(
          "rated-from-key-questions",
          standard.code()
              + " "
              + standard.name()
              + " is rated from key questions: give them, or the publishedRating");
    }
  }

  /** Adds the standard's findings not present before it; returns those it added. */
  private static List<Finding> addFindings(
      Inspection inspection, StandardDocument standard, Set<Finding> present) {
    List<Finding> added = new ArrayList<>();
    for (String text : standard.strengths()) {
      added.add(new Finding(standard.code(), FindingKind.STRENGTH, text));
    }
    for (String text : standard.areasForImprovement()) {
      added.add(new Finding(standard.code(), FindingKind.AREA_FOR_IMPROVEMENT, text));
    }
    added.removeIf(present::contains);
    added.forEach(inspection::addFinding);
    return added;
  }

  private static void addRecommendation(
      Inspection inspection, RecommendationDocument document, List<String> remarks) {
    Optional<Recommendation> stored = inspection.findRecommendation(document.number());
    if (stored.isEmpty()) {
      inspection.recommend(
          document.number(),
          new Addressee(document.addressee().level(), document.addressee().name()),
          document.text());
      return;
    }
    if (!Wording.same(stored.get().text(), document.text())) {
      remarks.add(
          "recommendation "
              + document.number()
              + " is worded differently in this document: \""
              + document.text()
              + "\"");
    }
  }
}
