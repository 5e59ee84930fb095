package org.probationinspections.application.importing.reading;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.domain.framework.Rating;

/**
 * One published ratings table, as extraction leaves it: a header whose first cell is cut ("\tshire
 * West PDU Iwork started March 2023\tScore\t7/24"), an "Overall rating" row split over cells
 * ("Ove\trall rating\t…"), then one row per standard.
 */
record RatingsTable(
    int headerLine,
    String headerName,
    Optional<YearMonth> fieldworkMonth,
    int score,
    int maxScore,
    Optional<String> overallWording,
    int overallLine,
    List<StandardDocument> standards,
    int endLine) {

  private static final Pattern SCORE = Pattern.compile("Score\\s*\\t?\\s*(\\d+)\\s*/\\s*(\\d+)");
  private static final Pattern WORK_STARTED =
      Pattern.compile("work\\s+started\\s+([A-Za-z]+)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROW = Pattern.compile("^(\\d)\\.(\\d)$");

  /** "Overall rating: Requires improvement" printed as a heading or a line of its own. */
  private static final Pattern OVERALL_HEADING =
      Pattern.compile("(?i)^overall rating\\s*[:–—-]?\\s*(\\S.*)$");

  /** How far before a table's header a heading of its overall rating is looked for. */
  private static final int HEADING_LINES = 6;

  /** True when the line opens a table: it carries the published score. */
  static boolean isHeader(String line) {
    return SCORE.matcher(line).find();
  }

  /** Reads the table whose header is at {@code headerLine}; stops before the next header. */
  static RatingsTable read(SourceText source, int headerLine, IssueLog log) {
    String header = source.line(headerLine);
    Matcher score = SCORE.matcher(header);
    if (!score.find()) {
      throw source.fatal(headerLine, "expected a ratings table header with 'Score N/M'");
    }
    String name = Markup.plain(header.substring(0, score.start()).replace('\t', ' '));
    Optional<YearMonth> fieldwork = Optional.empty();
    Optional<String> overall = Optional.empty();
    int overallLine = headerLine;
    List<StandardDocument> standards = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int line = headerLine;
    int last = headerLine;
    while (true) {
      String text = line == headerLine ? header : source.line(line);
      if (fieldwork.isEmpty()) {
        fieldwork = fieldworkMonth(text);
      }
      if (line > headerLine) {
        if (isHeader(text) || endsTable(text)) {
          break;
        }
        List<String> cells = cells(text);
        String joined = String.join("", cells).toLowerCase(Locale.ROOT).replace(" ", "");
        if (joined.contains("rallrating")) {
          Optional<Rating> heading = !text.contains("\t") ? headingRating(text) : Optional.empty();
          if (heading.isPresent()) {
            overall = Optional.of(heading.get().label());
            log.warn(
                line,
                "overall rating printed as a heading ('"
                    + Markup.headingOrPlain(text)
                    + "'), not in the ratings table: read from the heading");
          } else {
            overall = overallWording(cells);
            if (overall.isEmpty()) {
              log.warn(line, "overall rating row has no wording");
            }
          }
          overallLine = line;
          last = line;
        } else if (!cells.isEmpty() && ROW.matcher(cells.get(0)).matches()) {
          readRow(cells, line, standards, seen, log);
          last = line;
        } else if (!cells.isEmpty()
            && !cells.get(0).matches("\\d\\.?(\\s.*)?")
            && !WORK_STARTED.matcher(text).find()) {
          log.error(line, "unreadable row in ratings table: '" + Markup.plain(text) + "'");
          last = line;
        }
      }
      if (line == source.lineCount()) {
        break;
      }
      line++;
    }
    if (overall.isEmpty() && overallLine == headerLine) {
      Optional<Integer> before = headingBefore(source, headerLine);
      if (before.isPresent()) {
        String heading = Markup.headingOrPlain(source.line(before.get()));
        overall = headingRating(source.line(before.get())).map(Rating::label);
        overallLine = before.get();
        log.warn(
            overallLine,
            "overall rating printed as a heading ('"
                + heading
                + "'), not in the ratings table: read from the heading");
      } else {
        log.warn(
            headerLine,
            "no overall rating in the ratings table"
                + (name.isBlank() ? "" : " of " + name)
                + ": the rating the rules compute stands");
      }
    }
    return new RatingsTable(
        headerLine,
        name,
        fieldwork,
        Integer.parseInt(score.group(1)),
        Integer.parseInt(score.group(2)),
        overall,
        overallLine,
        List.copyOf(standards),
        last);
  }

  /** A non-blank line without any cell break that is no table row ends the table. */
  private static boolean endsTable(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty()
        && !text.contains("\t")
        && !stripped.matches("\\d\\.\\d?.*")
        && !WORK_STARTED.matcher(text).find()
        && !stripped.toLowerCase(Locale.ROOT).contains("rall rating");
  }

  private static void readRow(
      List<String> cells,
      int line,
      List<StandardDocument> standards,
      Set<String> seen,
      IssueLog log) {
    String code = cells.get(0);
    String printedName = cells.size() > 1 ? cells.get(1) : "";
    Optional<String> codeByName = PduFramework.codeOf(printedName);
    if (codeByName.isPresent() && !codeByName.get().equals(code)) {
      log.warn(
          line,
          "standard '" + printedName + "' printed as " + code + "; read as " + codeByName.get());
      code = codeByName.get();
    }
    if (PduFramework.nameOf(code) == null) {
      log.error(line, "unknown standard " + code + " '" + printedName + "' in ratings table");
      return;
    }
    if (!seen.add(code)) {
      log.warn(line, "standard " + code + " printed twice in ratings table; kept the first");
      return;
    }
    String printedRating = cells.size() > 2 ? cells.get(2) : "";
    Optional<Rating> rating = Rating.fromText(printedRating);
    if (rating.isEmpty()) {
      log.error(line, "unreadable rating '" + printedRating + "' for standard " + code);
    }
    standards.add(
        new StandardDocument(
            code,
            PduFramework.nameOf(code),
            Optional.empty(),
            rating,
            List.of(),
            List.of(),
            List.of()));
  }

  /** The rating of an "Overall rating: Good" heading or line. */
  private static Optional<Rating> headingRating(String line) {
    Matcher heading = OVERALL_HEADING.matcher(Markup.headingOrPlain(line));
    return heading.matches() ? Rating.fromText(heading.group(1)) : Optional.empty();
  }

  /** The line of an overall rating's heading just before a table, if there is one. */
  private static Optional<Integer> headingBefore(SourceText source, int headerLine) {
    for (int line = headerLine - 1; line >= Math.max(1, headerLine - HEADING_LINES); line--) {
      String text = source.line(line);
      if (text.contains("\t") || isHeader(text)) {
        return Optional.empty();
      }
      if (headingRating(text).isPresent()) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> overallWording(List<String> cells) {
    for (int i = cells.size() - 1; i >= 0; i--) {
      String cell = cells.get(i);
      String squeezed = cell.toLowerCase(Locale.ROOT).replace(" ", "");
      if (!squeezed.endsWith("rallrating") && !squeezed.equals("ove") && !cell.isBlank()) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }

  static Optional<YearMonth> fieldworkMonth(String text) {
    Matcher matcher = WORK_STARTED.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return DateText.month(matcher.group(1))
        .map(month -> YearMonth.of(Integer.parseInt(matcher.group(2)), month));
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split("\t")) {
      String plain = Markup.plain(cell);
      if (!plain.isEmpty()) {
        cells.add(plain);
      }
    }
    return cells;
  }

  /**
   * The standards with court work added as not rated when the table leaves it out and the maximum
   * score says only eight standards were rated; any other missing standard is an error.
   */
  List<StandardDocument> completedStandards(IssueLog log) {
    List<StandardDocument> completed = new ArrayList<>();
    Set<String> codes = codes();
    int ratedWithoutCourtWork = PduFramework.RATED_CODES.size() - 1;
    for (String code : PduFramework.RATED_CODES) {
      Optional<StandardDocument> printed =
          standards.stream().filter(standard -> standard.code().equals(code)).findFirst();
      if (printed.isPresent()) {
        completed.add(printed.get());
      } else if (code.equals(PduFramework.COURT_WORK) && maxScore == 3 * ratedWithoutCourtWork) {
        log.warn(
            headerLine,
            "no row for 2.1 Court work in the ratings table of "
                + headerName
                + "; read as not rated because the maximum score is "
                + maxScore);
        completed.add(
            new StandardDocument(
                code,
                PduFramework.nameOf(code),
                Optional.empty(),
                Optional.of(Rating.NOT_RATED),
                List.of(),
                List.of(),
                List.of()));
      } else if (!codes.contains(code)) {
        log.error(
            endLine,
            "no row for "
                + code
                + " "
                + PduFramework.nameOf(code)
                + " in the ratings table of "
                + headerName
                + ": its published rating is left unknown (a standard rated from key questions"
                + " is still rated from them)");
      }
    }
    return List.copyOf(completed);
  }

  /** Warns when the overall wording is no rating at all (a placeholder such as "Rating"). */
  void warnOfPlaceholderOverall(IssueLog log) {
    overallWording
        .filter(wording -> Rating.fromText(wording).isEmpty())
        .ifPresent(wording -> log.warn(overallLine, "overall rating printed as '" + wording + "'"));
  }

  /** Codes of the standards the table rated or marked not rated. */
  Set<String> codes() {
    Set<String> codes = new HashSet<>();
    standards.forEach(standard -> codes.add(standard.code()));
    return codes;
  }
}
