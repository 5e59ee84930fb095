package org.probationinspections.application.importing.reading;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.KeyQuestionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.shared.FrameworkChoice;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.AddresseeLevel;

/** Reads a published PDU inspection report (text extracted from the PDF) into an inspection. */
public final class PduReportParser {

  private static final Pattern TITLE = Pattern.compile("An inspection of probation services in:?");
  private static final Pattern REGION =
      Pattern.compile(
          "The Probation Service\\s*[–—-]\\s*(.+?)\\s+region", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED =
      Pattern.compile("HM Inspectorate of Probation,\\s*([A-Za-z]+\\s+\\d{4})");
  private static final Pattern LEAD =
      Pattern.compile("led by HM Inspector\\s+([A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2})");
  private static final Pattern FIELDWORK =
      Pattern.compile("fieldwork in .*?beginning\\s+(\\d{1,2}\\s+[A-Za-z]+\\s+\\d{4})");
  private static final Pattern CASES = Pattern.compile("We inspected (\\d+) cases");
  private static final Pattern BACKGROUND = Pattern.compile("We conducted fieldwork in");
  private static final Pattern STANDARD_HEADING = Pattern.compile("^(\\d)\\.(\\d)\\.?\\s+(\\S.*)$");

  /** A numbered heading ("1. Organisational delivery"); recommendations start lower case. */
  private static final Pattern SECTION_START = Pattern.compile("^\\d\\.\\s+[A-Z].*$");

  private static final Pattern DOMAIN_HEADING = Pattern.compile("^\\d\\.\\s+\\S.*$");
  private static final Pattern KEY_QUESTION_ROW =
      Pattern.compile("^(.+?\\?)\\s*\\t\\s*(\\d{1,3})\\s*%\\s*$");

  /** Reads {@code text}; fatal problems throw an InvalidValueException naming "file:line". */
  public ParsedDocument<InspectionDocument> parse(String fileName, String text) {
    SourceText source = new SourceText(fileName, text);
    IssueLog log = new IssueLog(source.fileName());

    int titleLine =
        source
            .find(1, line -> TITLE.matcher(line).find())
            .orElseThrow(
                () -> source.fatal(1, "expected 'An inspection of probation services in:'"));
    int nameLine =
        nextNonBlank(source, titleLine + 1)
            .orElseThrow(() -> source.fatal(titleLine, "expected the PDU name after the title"));
    String pdu = RecommendationList.addresseeOf(Markup.plain(source.line(nameLine))).name();

    Optional<String> region = firstMatch(source, REGION).map(m -> m.group(1).strip());
    Optional<YearMonth> published =
        firstMatch(source, PUBLISHED).flatMap(m -> DateText.firstMonth(m.group(1)));
    Optional<String> lead = firstMatch(source, LEAD).map(m -> m.group(1));
    Optional<LocalDate> fieldwork =
        firstMatch(source, FIELDWORK).flatMap(m -> DateText.firstDate(m.group(1)));
    Optional<Integer> cases = firstMatch(source, CASES).map(m -> Integer.parseInt(m.group(1)));
    warnIfMissing(
        log, published, titleLine, "publication month ('HM Inspectorate of Probation, June 2023')");
    warnIfMissing(log, lead, titleLine, "lead inspector ('led by HM Inspector …')");
    if (cases.isEmpty()) {
      log.warn(
          firstLine(source, BACKGROUND).orElse(titleLine),
          "the report does not say how many cases were inspected ('We inspected 34 cases'):"
              + " left unknown");
    }

    int ratingsLine =
        source
            .find(nameLine, line -> line.strip().equals("Ratings"))
            .flatMap(line -> source.find(line, RatingsTable::isHeader))
            .orElseThrow(
                () ->
                    source.fatal(
                        source.lineCount(),
                        "expected a 'Ratings' table with a 'Score N/M' header; none found"));
    RatingsTable table = RatingsTable.read(source, ratingsLine, log);
    table.warnOfPlaceholderOverall(log);
    if (fieldwork.isEmpty()) {
      fieldwork = guessedFieldwork(source, table, published, titleLine, log);
    }
    List<StandardDocument> ratings = table.completedStandards(log);

    int recommendationsLine =
        source
            .find(
                table.endLine() + 1, line -> Markup.headingOrPlain(line).equals("Recommendations"))
            .orElseThrow(
                () ->
                    source.fatal(
                        source.lineCount(),
                        "expected a 'Recommendations' section after the ratings table (truncated report?)"));
    int recommendationsEnd =
        source
            .find(
                recommendationsLine + 1,
                line ->
                    Markup.headingOrPlain(line).equals("Background")
                        || SECTION_START.matcher(line.strip()).matches())
            .orElse(source.lineCount() + 1);
    List<RecommendationDocument> recommendations =
        RecommendationList.read(source, recommendationsLine + 1, recommendationsEnd, log).stream()
            .map(RecommendationList.Numbered::recommendation)
            .toList();
    if (recommendations.isEmpty()) {
      throw source.fatal(
          recommendationsLine,
          "expected numbered recommendations under '… should:' headings (truncated report?)");
    }

    if (region.isEmpty()) {
      region = regionOfRecommendations(source, recommendationsLine, recommendationsEnd, log);
    }
    if (region.isEmpty()) {
      log.warn(nameLine, "no 'The Probation Service – … region' line; region unknown");
    }
    List<StandardDocument> standards = withFindings(source, recommendationsEnd, ratings, log);
    InspectionDocument document =
        new InspectionDocument(
            Optional.empty(),
            pdu,
            region,
            fieldwork
                .map(FrameworkChoice::forFieldwork)
                .map(FrameworkId::value)
                .orElse(PduFramework.ID),
            fieldwork,
            published,
            lead,
            cases,
            standards,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(table.score()),
            Optional.of(table.maxScore()),
            table.overallWording(),
            List.of(),
            log.notes(),
            recommendations,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return new ParsedDocument<>(document, log.issues());
  }

  /** Adds to each standard its key-question table and its findings, read from its section. */
  private static List<StandardDocument> withFindings(
      SourceText source, int from, List<StandardDocument> ratings, IssueLog log) {
    Map<String, int[]> sections = new LinkedHashMap<>();
    String current = null;
    for (int line = from; line <= source.lineCount(); line++) {
      String text = source.line(line).strip();
      Matcher heading = STANDARD_HEADING.matcher(text);
      if (heading.matches() && !text.contains("\t")) {
        String code = heading.group(1) + "." + heading.group(2);
        Optional<String> byName = PduFramework.codeOf(heading.group(3));
        if (byName.isPresent() && !byName.get().equals(code)) {
          log.warn(line, "section '" + text + "' numbered " + code + "; read as " + byName.get());
          code = byName.get();
        }
        if (PduFramework.nameOf(code) != null) {
          close(sections, current, line);
          current = code;
          sections.put(code, new int[] {line + 1, source.lineCount() + 1});
          continue;
        }
      }
      if ((DOMAIN_HEADING.matcher(text).matches() && !text.contains("\t"))
          || text.startsWith("Annexe")) {
        close(sections, current, line);
        current = null;
      }
    }
    Map<String, StandardDocument> byCode = new LinkedHashMap<>();
    ratings.forEach(standard -> byCode.put(standard.code(), standard));
    for (String code : PduFramework.STANDARDS.keySet()) {
      int[] range = sections.get(code);
      if (range == null) {
        continue;
      }
      List<KeyQuestionDocument> questions = keyQuestions(source, range[0], range[1], log);
      List<Findings.Finding> findings = Findings.read(source, range[0], range[1], log);
      List<String> strengths = new ArrayList<>();
      List<String> areas = new ArrayList<>();
      findings.forEach(
          finding ->
              (finding.kind() == Findings.Kind.STRENGTH ? strengths : areas).add(finding.text()));
      StandardDocument rated = byCode.get(code);
      byCode.put(
          code,
          new StandardDocument(
              code,
              PduFramework.nameOf(code),
              Optional.empty(),
              rated == null ? Optional.empty() : rated.publishedRating(),
              questions,
              strengths,
              areas));
    }
    return List.copyOf(byCode.values());
  }

  private static void close(Map<String, int[]> sections, String code, int line) {
    if (code != null) {
      sections.get(code)[1] = line;
    }
  }

  /** Rows "question?\tNN%" under a "Key question / Outcomes\tPercentage 'Yes'" header. */
  private static List<KeyQuestionDocument> keyQuestions(
      SourceText source, int from, int to, IssueLog log) {
    List<KeyQuestionDocument> questions = new ArrayList<>();
    boolean inTable = false;
    for (int line = from; line < to; line++) {
      String raw = source.line(line);
      if (raw.contains("Percentage") && raw.contains("\t")) {
        inTable = true;
        continue;
      }
      if (!inTable) {
        continue;
      }
      Matcher row =
          KEY_QUESTION_ROW.matcher(
              Markup.plain(raw.replace('\t', '\u0001')).replace('\u0001', '\t'));
      if (row.matches()) {
        questions.add(
            new KeyQuestionDocument(row.group(1).strip(), Integer.parseInt(row.group(2))));
      } else if (raw.contains("\t")) {
        log.error(line, "unreadable key-question row: '" + Markup.plain(raw) + "'");
      } else {
        inTable = false;
      }
    }
    return List.copyOf(questions);
  }

  /**
   * The start of fieldwork when the report does not give its day: the 1st of the month the ratings
   * table gives, else of the month of publication (fieldwork comes before it); else unknown.
   */
  private static Optional<LocalDate> guessedFieldwork(
      SourceText source,
      RatingsTable table,
      Optional<YearMonth> published,
      int titleLine,
      IssueLog log) {
    int line = firstLine(source, BACKGROUND).orElse(titleLine);
    if (table.fieldworkMonth().isPresent()) {
      YearMonth month = table.fieldworkMonth().get();
      log.warn(
          line,
          "the report does not give the day fieldwork began ('beginning 20 March 2023'); the"
              + " ratings table says it started in "
              + DateText.words(month)
              + ", so the 1st of that month is recorded");
      return Optional.of(month.atDay(1));
    }
    if (published.isPresent()) {
      log.warn(
          line,
          "the report does not say when fieldwork began ('beginning 20 March 2023'); fieldwork"
              + " comes before publication, so the 1st of the month of publication, "
              + DateText.words(published.get())
              + ", stands in for it");
      return Optional.of(published.get().atDay(1));
    }
    log.error(
        line,
        "the report does not say when fieldwork began nor when it was published: the inspection"
            + " cannot be told apart from another of the same PDU");
    return Optional.empty();
  }

  /**
   * The region the report's recommendations are addressed to ("North West region should:"), when
   * the report does not name its region otherwise: the PDU's own region.
   */
  private static Optional<String> regionOfRecommendations(
      SourceText source, int from, int to, IssueLog log) {
    for (int line = from; line < to; line++) {
      var addressee = RecommendationList.addressee(source.line(line));
      if (addressee.isPresent() && addressee.get().level() == AddresseeLevel.REGION) {
        String region = addressee.get().name();
        log.warn(
            line,
            "the report does not name its region ('The Probation Service – … region'); read as "
                + region
                + ", to which its recommendations for the region are addressed");
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> firstLine(SourceText source, Pattern pattern) {
    return source.find(1, line -> pattern.matcher(line).find());
  }

  private static Optional<Integer> nextNonBlank(SourceText source, int from) {
    return source.find(from, line -> !line.isBlank());
  }

  private static Optional<Matcher> firstMatch(SourceText source, Pattern pattern) {
    for (int line = 1; line <= source.lineCount(); line++) {
      Matcher matcher = pattern.matcher(source.line(line));
      if (matcher.find()) {
        return Optional.of(matcher);
      }
    }
    return Optional.empty();
  }

  private static void warnIfMissing(IssueLog log, Optional<?> value, int line, String what) {
    if (value.isEmpty()) {
      log.warn(line, "no " + what + " found");
    }
  }
}
