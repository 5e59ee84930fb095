package org.probationinspections.application.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.PublishedRecordDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.DryRun;
import org.probationinspections.application.shared.FrameworkChoice;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.OverallBands;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.PublicationDate;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.UnitName;

/**
 * Turns each row of a published record into an inspection document that is a published summary, and
 * stores it through the inspection import, which finds the same inspection when it is stored
 * already. PDU names are matched through their aliases; a match by the words in another order, a
 * PDU placed in another region, or a new PDU whose words are all words of one of its region's (or
 * the other way round: a merged or split unit, perhaps) are reported and noted on the record, never
 * merged.
 */
record ImportPublishedOutcomesService(
    ImportInspectionUseCase importer,
    InspectionRepository inspections,
    Directory directory,
    UnitOfWork unitOfWork)
    implements ImportPublishedOutcomesUseCase {

  /** A programme as the published record names it: its framework and its first fieldwork day. */
  private record Programme(FrameworkId framework, Optional<LocalDate> from) {}

  private static final Map<String, Programme> PROGRAMMES =
      Map.of(
          "pdu inspections 2021 2023",
          new Programme(FrameworkChoice.PDU_2021, Optional.of(LocalDate.of(2021, 6, 1))),
          "pdu inspections from october 2023",
          new Programme(FrameworkChoice.PDU_2023, Optional.of(FrameworkChoice.PDU_2023_FROM)));

  /** Words that join the parts of a name and say nothing of which unit it is. */
  private static final Set<String> JOINING_WORDS = Set.of("and", "the", "of");

  @Override
  public List<RowOutcome> importOutcomes(Command command) {
    return DryRun.each(
        unitOfWork, command.dryRun(), () -> storeEach(command), RowOutcome::asDryRun);
  }

  /** Each row stored in turn; a row refused names its place and refuses the file. */
  private List<RowOutcome> storeEach(Command command) {
    List<RowOutcome> outcomes = new ArrayList<>();
    for (OutcomeRow row : command.rows()) {
      try {
        outcomes.add(store(row));
      } catch (DomainException refused) {
        throw new InvalidValueException(command.file() + " " + row.place(), refused.getMessage());
      }
    }
    return outcomes;
  }

  private RowOutcome store(OutcomeRow row) {
    String pduName = required("pdu", row.pdu());
    String regionName = required("region", row.region());
    String source = required("source", row.source());
    Programme programme = programme(row.programme());
    Framework framework = directory.framework(programme.framework());
    PublicationDate date = PublicationDate.of(row.published(), row.publishedNote());
    Rating overall = rating("overallRating", row.overallRating());
    List<StandardDocument> standards = standards(framework, row.standardRatings());
    // Checked here, so that a bad address names its row before anything is stored.
    new PublishedRecord(source, date, java.util.OptionalInt.empty(), true);
    List<String> unsure = new ArrayList<>();
    String pdu = matchPdu(pduName, regionName, unsure);
    LocalDate standIn =
        date.earliestDay()
            .or(programme::from)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "published",
                        "is needed for an outcome of "
                            + framework.id()
                            + ", a framework with no programme start known"));
    List<String> notes = new ArrayList<>();
    notes.add(PublishedOutcomeDates.note(standIn, date));
    notes.addAll(unsure);
    InspectionDocument document =
        new InspectionDocument(
            Optional.empty(),
            pdu,
            Optional.of(regionName),
            framework.id().value(),
            Optional.of(standIn),
            date.month(),
            Optional.empty(),
            Optional.empty(),
            standards,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            row.score(),
            row.score().isPresent() ? maximum(framework, standards) : Optional.empty(),
            Optional.of(overall.label()),
            List.of(),
            notes,
            List.of(),
            Optional.of(
                new PublishedRecordDocument(
                    source, date.value(), date.note(), row.recommendations(), true)),
            Optional.empty(),
            Optional.empty());
    ImportOutcome outcome = importer.importInspection(document);
    Optional<Rating> computed =
        inspections
            .findById(new InspectionId(outcome.recordId()))
            .flatMap(stored -> stored.assess(framework).computedOverallRating());
    String label = pduName + " (published " + date.describe() + ", " + framework.id() + ")";
    List<String> remarks =
        outcome.notes().stream()
            .filter(note -> !outcome.flags().contains(note) && !notes.contains(note))
            .toList();
    return new RowOutcome(row.place(), label, outcome, unsure, remarks, overall, computed);
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "is required and was empty");
    }
    return value.strip();
  }

  private Programme programme(String text) {
    String named = required("programme", text);
    Programme known = PROGRAMMES.get(UnitName.key(named).replace('-', ' '));
    if (known != null) {
      return known;
    }
    FrameworkId id = new FrameworkId(named);
    try {
      directory.framework(id);
    } catch (DomainException unknown) {
      throw new InvalidValueException(
          "programme",
          "'"
              + named
              + "' is no programme known: expected \"PDU inspections 2021-2023\", \"PDU"
              + " inspections from October 2023\" or the id of a framework");
    }
    return new Programme(id, Optional.empty());
  }

  private static Rating rating(String field, String text) {
    String given = required(field, text);
    return Rating.fromText(given)
        .filter(Rating::isRated)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    field,
                    "'"
                        + given
                        + "' is not a rating: expected OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT"
                        + " or INADEQUATE"));
  }

  /** The standards the row rates, under their codes in the framework, in the framework's order. */
  private static List<StandardDocument> standards(Framework framework, Map<String, String> given) {
    Map<String, Rating> byCode = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      String key = UnitName.key(entry.getKey());
      StandardDefinition standard =
          framework.standards().stream()
              .filter(definition -> UnitName.key(definition.name()).equals(key))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          "standardRatings",
                          "'"
                              + entry.getKey()
                              + "' is not a standard of "
                              + framework.id()
                              + " (its standards: "
                              + framework.standards().stream()
                                  .filter(StandardDefinition::isRated)
                                  .map(StandardDefinition::name)
                                  .collect(Collectors.joining(", "))
                              + ")"));
      byCode.put(standard.code(), rating("standardRatings " + entry.getKey(), entry.getValue()));
    }
    return framework.standards().stream()
        .filter(definition -> byCode.containsKey(definition.code()))
        .map(
            definition ->
                new StandardDocument(
                    definition.code(),
                    definition.name(),
                    Optional.empty(),
                    Optional.of(byCode.get(definition.code())),
                    List.of(),
                    List.of(),
                    List.of()))
        .toList();
  }

  /**
   * The maximum of a published score that the source did not give: the only one the framework has
   * bands for, or the one of its standards when every rated standard's rating was published.
   */
  private static Optional<Integer> maximum(Framework framework, List<StandardDocument> standards) {
    List<Integer> maxima = framework.overallBands().stream().map(OverallBands::maximum).toList();
    if (maxima.size() == 1) {
      return Optional.of(maxima.get(0));
    }
    Set<String> rated = standards.stream().map(StandardDocument::code).collect(Collectors.toSet());
    boolean everyRated =
        framework.standards().stream()
            .filter(StandardDefinition::isRated)
            .allMatch(definition -> rated.contains(definition.code()));
    if (!everyRated) {
      return Optional.empty();
    }
    Map<String, Rating> ratings = new LinkedHashMap<>();
    standards.forEach(s -> ratings.put(s.code(), s.publishedRating().orElseThrow()));
    return Optional.of(framework.score(ratings).maximum());
  }

  /**
   * The name of the PDU the row is of: a stored PDU whose name or alias it is, or the row's name
   * for a PDU the inspection import registers. What is not certain goes into {@code unsure}.
   */
  private String matchPdu(String name, String regionName, List<String> unsure) {
    Optional<Region> region = directory.regions().findByName(regionName);
    Optional<Pdu> found = directory.pdus().findByName(name);
    if (found.isPresent()) {
      Pdu pdu = found.get();
      String key = UnitName.key(name);
      if (pdu.allNames().stream().noneMatch(known -> UnitName.key(known).equals(key))) {
        unsure.add(
            "PDU name '"
                + name
                + "' matched to PDU '"
                + pdu.name()
                + "' by the same words in another order: check that they are one unit");
      }
      if (region.isEmpty() || !region.get().id().equals(pdu.regionId())) {
        unsure.add(
            "PDU '"
                + pdu.name()
                + "' is in region "
                + directory.region(pdu.regionId()).name()
                + ", the published record places it in "
                + regionName
                + ": check which is right");
      }
      return pdu.name();
    }
    if (region.isPresent()) {
      Set<String> words = words(name);
      List<String> resembling =
          directory.pdus().findByRegion(region.get().id()).stream()
              .filter(pdu -> pdu.allNames().stream().anyMatch(known -> contains(words, known)))
              .map(Pdu::name)
              .toList();
      if (!resembling.isEmpty()) {
        unsure.add(
            "PDU '"
                + name
                + "' is not a name or alias of any PDU, but its name and that of "
                + resembling.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                + " of "
                + region.get().name()
                + " are one within the other: registered as a PDU of its own, not merged; if"
                + " they are one unit, the records must be joined by hand");
      }
    }
    return name;
  }

  /**
   * Whether the words of one name are all words of the other ("Cambridgeshire" and "Cambridgeshire
   * and Peterborough"): a merged, split or renamed unit, perhaps.
   */
  private static boolean contains(Set<String> words, String name) {
    Set<String> other = words(name);
    return words.containsAll(other) || other.containsAll(words);
  }

  private static Set<String> words(String name) {
    return java.util.Arrays.stream(UnitName.key(name).toLowerCase(Locale.ROOT).split(" "))
        .filter(word -> !word.isEmpty() && !JOINING_WORDS.contains(word))
        .collect(Collectors.toSet());
  }
}
