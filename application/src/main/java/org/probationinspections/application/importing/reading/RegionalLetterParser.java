package org.probationinspections.application.importing.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.review.ObservationKind;

/**
 * Reads a regional letter: its date, region and observations by theme, annexe one (the
 * recommendations of each PDU report) and annexe two (each PDU's ratings table).
 */
public final class RegionalLetterParser {

  private static final Pattern REGION =
      Pattern.compile("Probation Service\\s*[–—-]\\s*(.+?)\\s+Region", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEAD =
      Pattern.compile("([A-Z][\\w'’-]+ [A-Z][\\w'’-]+),\\s*Lead Inspector");
  private static final Pattern COVERED =
      Pattern.compile("inspection of the (.+?) Probation Delivery Units", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORK_STARTED = Pattern.compile("(?i)\\s*\\S*work\\s+started.*$");

  /** Reads {@code text}; fatal problems throw an InvalidValueException naming "file:line". */
  public ParsedDocument<RegionalReviewDocument> parse(String fileName, String text) {
    SourceText source = new SourceText(fileName, text);
    IssueLog log = new IssueLog(source.fileName());

    int annexeOne =
        source
            .find(
                1,
                line ->
                    Markup.headingOrPlain(line)
                        .toLowerCase(Locale.ROOT)
                        .matches("annexe one\\s*[–—-]\\s*recommendations.*"))
            .orElseThrow(
                () ->
                    source.fatal(
                        source.lineCount(),
                        "expected 'Annexe one – Recommendations' in a regional letter"));
    int annexeTwo =
        source
            .find(
                annexeOne,
                line ->
                    Markup.headingOrPlain(line).toLowerCase(Locale.ROOT).startsWith("annexe two"))
            .orElse(source.lineCount() + 1);
    if (annexeTwo > source.lineCount()) {
      log.error(source.lineCount(), "no 'Annexe two' with the PDU ratings tables");
    }

    Optional<Integer> dateLine =
        source.find(
            1,
            line ->
                DateText.firstDate(line).isPresent()
                    && Markup.plain(line).matches("\\d{1,2} [A-Za-z]+ \\d{4}"));
    LocalDate date =
        dateLine
            .flatMap(line -> DateText.firstDate(source.line(line)))
            .orElseThrow(() -> source.fatal(1, "expected the letter's date on a line of its own"));
    Optional<Matcher> regionMatch = firstMatch(source, REGION, annexeOne);
    String region =
        regionMatch
            .map(m -> m.group(1).strip())
            .orElseThrow(
                () ->
                    source.fatal(
                        1, "expected the region ('Probation Service – North West Region')"));
    Optional<String> lead = firstMatch(source, LEAD, annexeOne).map(m -> m.group(1));

    List<Group> groups = recommendationGroups(source, annexeOne + 1, annexeTwo);
    List<String> annexeNames = groups.stream().map(Group::pdu).toList();
    List<String> pdus = coveredPdus(source, annexeOne, annexeNames, log);

    List<ObservationDocument> observations = observations(source, annexeOne, log);

    List<RatingsTable> tables = new ArrayList<>();
    for (int line = annexeTwo; line <= source.lineCount(); line++) {
      if (RatingsTable.isHeader(source.line(line))) {
        RatingsTable table = RatingsTable.read(source, line, log);
        tables.add(table);
        line = table.endLine();
      }
    }

    List<InspectionDocument> inspections = new ArrayList<>();
    List<RatingsTable> unclaimed = new ArrayList<>(tables);
    for (String pdu : pdus) {
      int mark = log.size();
      log.about(pdu);
      List<RecommendationDocument> recommendations = new ArrayList<>();
      groups.stream()
          .filter(group -> UnitNames.same(group.pdu(), pdu))
          .findFirst()
          .ifPresentOrElse(
              group ->
                  RecommendationList.read(source, group.from(), group.to(), log)
                      .forEach(numbered -> recommendations.add(numbered.recommendation())),
              () -> log.error(annexeOne, "no recommendations for " + pdu + " in annexe one"));
      Optional<RatingsTable> table = tableOf(pdu, unclaimed, pdus, log);
      table.ifPresent(unclaimed::remove);
      if (table.isEmpty()) {
        log.error(annexeTwo, "no ratings table for " + pdu + " in annexe two");
      }
      inspections.add(
          inspection(
              pdu,
              region,
              recommendations,
              table,
              log,
              mark,
              Math.min(annexeTwo, source.lineCount())));
      log.aboutTheDocument();
    }
    unclaimed.forEach(
        table ->
            log.error(
                table.headerLine(),
                "ratings table '"
                    + table.headerName()
                    + "' matches none of the PDUs the letter covers"));

    RegionalReviewDocument document =
        new RegionalReviewDocument(
            Optional.empty(),
            region,
            date,
            lead,
            pdus,
            List.of(),
            observations,
            inspections,
            log.notes(),
            Optional.empty());
    return new ParsedDocument<>(document, log.issues());
  }

  private static InspectionDocument inspection(
      String pdu,
      String region,
      List<RecommendationDocument> recommendations,
      Optional<RatingsTable> table,
      IssueLog log,
      int mark,
      int annexeTwo) {
    Optional<LocalDate> fieldwork = Optional.empty();
    if (table.isPresent()) {
      RatingsTable ratings = table.get();
      table.get().warnOfPlaceholderOverall(log);
      if (ratings.fieldworkMonth().isPresent()) {
        fieldwork = Optional.of(ratings.fieldworkMonth().get().atDay(1));
        log.warn(
            ratings.headerLine(), FieldworkGuess.firstOfMonth(pdu, ratings.fieldworkMonth().get()));
      } else {
        log.warn(ratings.headerLine(), FieldworkGuess.missing(pdu));
      }
    } else {
      log.warn(annexeTwo, FieldworkGuess.missing(pdu));
    }
    List<org.probationinspections.application.port.in.interchange.StandardDocument> standards =
        table.map(ratings -> ratings.completedStandards(log)).orElse(List.of());
    return new InspectionDocument(
        Optional.empty(),
        pdu,
        Optional.of(region),
        PduFramework.ID,
        fieldwork,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        standards,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        table.map(RatingsTable::score),
        table.map(RatingsTable::maxScore),
        table.flatMap(RatingsTable::overallWording),
        List.of(),
        log.notesSince(mark),
        recommendations,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The table whose (often cut) header names {@code pdu}. */
  private static Optional<RatingsTable> tableOf(
      String pdu, List<RatingsTable> tables, List<String> pdus, IssueLog log) {
    for (RatingsTable table : tables) {
      String fragment = WORK_STARTED.matcher(table.headerName()).replaceFirst("").strip();
      Optional<String> named =
          UnitNames.known(fragment, pdus).or(() -> UnitNames.completing(fragment, pdus));
      if (named.isPresent() && UnitNames.same(named.get(), pdu)) {
        if (UnitNames.known(fragment, pdus).isEmpty()) {
          log.warn(
              table.headerLine(), "ratings table header '" + fragment + "' is cut; read as " + pdu);
        }
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  /** The PDUs the letter covers: its opening list, checked against annexe one's headings. */
  private static List<String> coveredPdus(
      SourceText source, int annexeOne, List<String> annexeNames, IssueLog log) {
    List<String> pdus = new ArrayList<>();
    for (int line = 1; line < annexeOne; line++) {
      Matcher covered = COVERED.matcher(Markup.plain(source.line(line)));
      if (covered.find()) {
        pdus.addAll(UnitNames.splitList(covered.group(1), annexeNames));
        for (String name : annexeNames) {
          if (UnitNames.known(name, pdus).isEmpty()) {
            log.warn(
                line,
                "annexe one has recommendations for "
                    + name
                    + ", which the letter does not list among the inspected PDUs");
            pdus.add(name);
          }
        }
        return List.copyOf(pdus);
      }
    }
    log.warn(
        1,
        "no list of inspected PDUs ('inspection of the … Probation Delivery Units');"
            + " used the PDUs of annexe one");
    return List.copyOf(annexeNames);
  }

  /** A PDU's part of annexe one. */
  private record Group(String pdu, int from, int to) {}

  /**
   * Splits annexe one by PDU: a heading that is no "… should:" heading starts a PDU ("####
   * **Cheshire West**"), and so does a "X PDU should:" heading naming another PDU.
   */
  private static List<Group> recommendationGroups(SourceText source, int from, int to) {
    List<String> names = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int line = from; line < to; line++) {
      String raw = source.line(line);
      Optional<AddresseeDocument> addressee = RecommendationList.addressee(raw);
      Optional<String> heading = Markup.heading(raw);
      String current = names.isEmpty() ? "" : names.get(names.size() - 1);
      if (addressee.isEmpty() && heading.isPresent()) {
        names.add(RecommendationList.addresseeOf(heading.get()).name());
        starts.add(line);
      } else if (addressee.isPresent()
          && addressee.get().level() == AddresseeLevel.PDU
          && (current.isEmpty() || !UnitNames.same(current, addressee.get().name()))) {
        names.add(addressee.get().name());
        starts.add(line);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : to;
      groups.add(new Group(names.get(i), starts.get(i), end));
    }
    return List.copyOf(groups);
  }

  /** Observations by theme, from "Regional observations" to the summary or the annexes. */
  private static List<ObservationDocument> observations(SourceText source, int end, IssueLog log) {
    Optional<Integer> start =
        source.find(
            1,
            line ->
                Markup.headingOrPlain(line)
                    .toLowerCase(Locale.ROOT)
                    .startsWith("regional observations"));
    if (start.isEmpty()) {
      log.warn(1, "no 'Regional observations' section");
      return List.of();
    }
    List<String> themes = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int stop = end;
    for (int line = start.get() + 1; line < end; line++) {
      String raw = source.line(line);
      Optional<String> heading = Markup.heading(raw);
      if (heading.isEmpty() || Findings.isStrengthsHeading(raw) || Findings.isAreasHeading(raw)) {
        continue;
      }
      String theme = heading.get().replaceFirst(":$", "").strip();
      if (theme.equalsIgnoreCase("Summary")) {
        stop = line;
        break;
      }
      themes.add(theme);
      starts.add(line);
    }
    List<ObservationDocument> observations = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      int to = i + 1 < starts.size() ? starts.get(i + 1) : stop;
      List<Findings.Finding> findings = Findings.read(source, starts.get(i) + 1, to, log);
      if (findings.isEmpty()) {
        log.warn(
            starts.get(i),
            "theme '" + themes.get(i) + "' has no key strengths or areas for improvement");
      }
      for (Findings.Finding finding : findings) {
        ObservationKind kind =
            finding.kind() == Findings.Kind.STRENGTH
                ? ObservationKind.KEY_STRENGTH
                : ObservationKind.KEY_AREA_FOR_IMPROVEMENT;
        observations.add(new ObservationDocument(themes.get(i), kind, finding.text()));
      }
    }
    return List.copyOf(observations);
  }

  private static Optional<Matcher> firstMatch(SourceText source, Pattern pattern, int before) {
    for (int line = 1; line < before; line++) {
      Matcher matcher = pattern.matcher(Markup.plain(source.line(line)));
      if (matcher.find()) {
        return Optional.of(matcher);
      }
    }
    return Optional.empty();
  }
}
