package org.probationinspections.application.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.SummaryDocument;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

/**
 * Reads an action plan answering a regional letter. The plan prints recommendations by their
 * wording only (its "Rec No" column numbers the items), so answers carry the PDU and the wording;
 * {@link RecommendationMatcher} finds the numbers.
 */
public final class ActionPlanParser {

  private static final Pattern SUBMITTED =
      Pattern.compile("Action Plan Submitted:?\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern REGION =
      Pattern.compile("PROBATION SERVICE\\s*[–—-]\\s*(.+?)\\s+Region", Pattern.CASE_INSENSITIVE);
  private static final Pattern LETTER =
      Pattern.compile("Letter to .*?published:?\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PDU_LIST =
      Pattern.compile("region\\s*[-–—]\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);
  private static final Pattern TARGET =
      Pattern.compile(
          "completed\\s+and\\s+ongoing|completed|" + DateText.monthYearPattern().pattern(),
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
  private static final Pattern SUFFIX = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern REASON_PHRASE =
      Pattern.compile("agreed for ([^.]*?)reasons?", Pattern.CASE_INSENSITIVE);

  /** Words naming a reason category; "resource" is read as affordability, a weaker cue. */
  static final Map<String, Reason> REASON_WORDS = reasonWords();

  private static final int REC = 1;
  private static final int RESPONSE = 2;
  private static final int ACTIONS = 3;
  private static final int OWNERS = 4;
  private static final int TARGETS = 5;
  private static final int COLUMNS = 6;

  private static Map<String, Reason> reasonWords() {
    Map<String, Reason> words = new LinkedHashMap<>();
    words.put("commissioning", Reason.COMMISSIONING);
    words.put("policy", Reason.POLICY);
    words.put("operational", Reason.OPERATIONAL);
    words.put("affordab", Reason.AFFORDABILITY);
    words.put("resource", Reason.AFFORDABILITY);
    return words;
  }

  /** Reads {@code text}; fatal problems throw an InvalidValueException naming "file:line". */
  public ParsedDocument<ActionPlanDocument> parse(String fileName, String text) {
    SourceText source = new SourceText(fileName, text);
    IssueLog log = new IssueLog(source.fileName());

    int headerLine =
        find(source, 1, line -> line.contains("Rec No") && line.contains("\t"))
            .orElseThrow(
                () ->
                    source.fatal(
                        source.lineCount(),
                        "expected the action plan table with a 'Rec No' header"));
    Optional<Integer> submittedLine = find(source, 1, line -> SUBMITTED.matcher(line).find());
    LocalDate submitted =
        submittedLine
            .flatMap(line -> DateText.firstDate(source.line(line)))
            .orElseThrow(() -> source.fatal(1, "expected 'Action Plan Submitted: <date>'"));
    String region =
        firstMatch(source, REGION, headerLine + 1)
            .map(m -> m.group(1).strip())
            .orElseThrow(
                () ->
                    source.fatal(
                        headerLine, "expected 'ACTION PLAN: PROBATION SERVICE – <region> Region'"));
    Optional<Integer> letterLine = find(source, 1, line -> LETTER.matcher(line).find());
    Optional<LocalDate> reviewDate =
        letterLine.flatMap(line -> DateText.firstDate(source.line(line)));
    if (reviewDate.isEmpty()) {
      log.warn(headerLine, "no 'Letter to … published: <date>'; the plan is not tied to a letter");
    }
    List<String> pdus = namedPdus(source, letterLine.orElse(headerLine));

    List<Row> rows = rows(source, headerLine + 1, log);
    List<ItemDocument> items = new ArrayList<>();
    for (Row row : rows) {
      items.add(item(row, pdus, log));
    }
    checkSequence(rows, log);

    SummaryDocument counted =
        new SummaryDocument(
            count(items, Response.AGREED), count(items, Response.PARTLY_AGREED),
            count(items, Response.NOT_AGREED), items.size());
    Optional<SummaryDocument> published = publishedSummary(source, headerLine, log);
    published
        .filter(summary -> !summary.equals(counted))
        .ifPresent(
            summary ->
                log.warn(
                    source.lineCount(),
                    "published summary "
                        + describe(summary)
                        + " differs from the items: "
                        + describe(counted)));

    ActionPlanDocument document =
        new ActionPlanDocument(
            Optional.empty(),
            region,
            submitted,
            Optional.empty(),
            reviewDate,
            pdus,
            items,
            Optional.of(counted),
            published,
            List.of(),
            log.notes(),
            Optional.empty());
    return new ParsedDocument<>(document, log.issues());
  }

  /** One item row with its continuation rows joined, cell by cell. */
  private static final class Row {
    final int line;
    final int number;
    final List<String> addresseePdus;
    final List<List<String>> cells = new ArrayList<>();

    Row(int line, int number, List<String> addresseePdus) {
      this.line = line;
      this.number = number;
      this.addresseePdus = addresseePdus;
      for (int i = 0; i < COLUMNS; i++) {
        cells.add(new ArrayList<>());
      }
    }

    List<String> cell(int column) {
      return cells.get(column);
    }
  }

  private List<Row> rows(SourceText source, int from, IssueLog log) {
    List<Row> rows = new ArrayList<>();
    List<String> headingPdus = List.of();
    boolean headingSeen = false;
    for (int line = from; line <= source.lineCount(); line++) {
      String raw = source.line(line);
      if (raw.isBlank()) {
        continue;
      }
      String[] cells = raw.split("\t", -1);
      String first = Markup.plain(cells[0]);
      if (first.toLowerCase(Locale.ROOT).endsWith("should:")) {
        String who = first.substring(0, first.length() - "should:".length());
        headingPdus = who.matches("(?is).*\\bPDU\\b.*") ? List.of(who) : List.of();
        headingSeen = true;
        continue;
      }
      if (first.matches("\\d{1,3}")) {
        if (!headingSeen) {
          log.warn(line, "item " + first + " comes before any '… should:' heading");
        }
        Row row = new Row(line, Integer.parseInt(first), headingPdus);
        append(row, cells, source, line, log);
        rows.add(row);
      } else if (first.isEmpty() && cells.length > 1) {
        if (rows.isEmpty()) {
          log.error(line, "continuation row before any item; skipped");
        } else {
          append(rows.get(rows.size() - 1), cells, source, line, log);
        }
      } else if (first.equalsIgnoreCase("Recommendations") || first.equalsIgnoreCase("Agreed")) {
        break; // the summary table
      } else {
        log.error(
            line,
            "unreadable row in the action plan table: '" + abbreviate(Markup.plain(raw)) + "'");
      }
    }
    return rows;
  }

  /** Adds a (continuation) row's cells; a cut sentence continues in the first part of the next. */
  private static void append(Row row, String[] cells, SourceText source, int line, IssueLog log) {
    if (cells.length > COLUMNS) {
      log.warn(line, "row has " + cells.length + " cells where " + COLUMNS + " were expected");
    }
    for (int column = 1; column < Math.min(cells.length, COLUMNS); column++) {
      List<String> parts = parts(cells[column]);
      if (parts.isEmpty()) {
        continue;
      }
      List<String> existing = row.cell(column);
      boolean sentences = column == REC || column == ACTIONS;
      if (!existing.isEmpty()
          && sentences
          && (!endsSentence(existing.get(existing.size() - 1)) || startsLowerCase(parts.get(0)))) {
        String joined = existing.remove(existing.size() - 1) + " " + parts.get(0);
        existing.add(joined);
        existing.addAll(parts.subList(1, parts.size()));
      } else {
        existing.addAll(parts);
      }
    }
  }

  /**
   * The "
   *
   * <p>" paragraphs of a cell, or the cell as one part.
   */
  private static List<String> parts(String cell) {
    List<String> parts = new ArrayList<>();
    Matcher paragraph = PARAGRAPH.matcher(cell);
    while (paragraph.find()) {
      String text = Markup.plain(paragraph.group(1));
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    if (parts.isEmpty()) {
      String text = Markup.plain(cell);
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    return parts;
  }

  private ItemDocument item(Row row, List<String> pdus, IssueLog log) {
    String printedResponse = String.join(" ", row.cell(RESPONSE));
    Response response =
        Response.fromText(printedResponse)
            .orElseGet(
                () -> {
                  log.error(
                      row.line,
                      "item "
                          + row.number
                          + ": unreadable response '"
                          + printedResponse
                          + "'; read as Agreed");
                  return Response.AGREED;
                });
    List<AnswerDocument> answers = answers(row, pdus, log);
    String responseText = String.join(" ", row.cell(ACTIONS));
    Optional<Reason> reason = Optional.empty();
    String explanation = "";
    if (response.needsReason()) {
      reason = reason(responseText, row, log);
      explanation = response == Response.NOT_AGREED ? responseText : explanation(responseText);
    }
    List<ActionDocument> actions =
        response == Response.NOT_AGREED && row.cell(OWNERS).isEmpty() && row.cell(TARGETS).isEmpty()
            ? List.of()
            : actions(row, log);
    return new ItemDocument(row.number, answers, response, reason, explanation, actions);
  }

  /** The sentences that say why a recommendation is only partly agreed. */
  private static String explanation(String text) {
    List<String> why = new ArrayList<>();
    for (String sentence : SENTENCE_BREAK.split(text)) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (lower.contains("agreed")
          || lower.startsWith("whilst")
          || lower.startsWith("while")
          || lower.startsWith("although")
          || lower.startsWith("however")) {
        why.add(sentence);
      } else if (!why.isEmpty()) {
        break;
      }
    }
    return String.join(" ", why);
  }

  private static Optional<Reason> reason(String text, Row row, IssueLog log) {
    Matcher phrase = REASON_PHRASE.matcher(text);
    String where = phrase.find() ? phrase.group(1) : text;
    Set<Reason> named = EnumSet.noneOf(Reason.class);
    Set<Reason> cued = EnumSet.noneOf(Reason.class);
    String lower = where.toLowerCase(Locale.ROOT);
    REASON_WORDS.forEach(
        (word, reason) -> {
          if (lower.contains(word)) {
            (word.equals("resource") ? cued : named).add(reason);
          }
        });
    if (named.size() == 1 && (cued.isEmpty() || cued.equals(named))) {
      return Optional.of(named.iterator().next());
    }
    if (named.isEmpty() && cued.isEmpty()) {
      log.error(
          row.line,
          "item "
              + row.number
              + " is not fully agreed but names no reason"
              + " (commissioning, policy, operational or affordability)");
      return Optional.empty();
    }
    Reason chosen = named.isEmpty() ? cued.iterator().next() : named.iterator().next();
    log.warn(
        row.line,
        "item "
            + row.number
            + " gives reasons '"
            + where.strip()
            + "'; recorded "
            + chosen
            + (named.isEmpty()
                ? " (read from 'resource')"
                : ", the category it names (resources read as affordability is not recorded)"));
    return Optional.of(chosen);
  }

  /** One answer per recommendation wording and per PDU whose report made it. */
  private static List<AnswerDocument> answers(Row row, List<String> pdus, IssueLog log) {
    List<AnswerDocument> answers = new ArrayList<>();
    for (String part : row.cell(REC)) {
      if (part.strip().equalsIgnoreCase("and")) {
        continue;
      }
      int start = 0;
      List<String[]> wordings = new ArrayList<>(); // {text, suffix or null}
      Matcher suffix = SUFFIX.matcher(part);
      while (suffix.find()) {
        if (!names(suffix.group(1), pdus)) {
          continue;
        }
        wordings.add(new String[] {part.substring(start, suffix.start()), suffix.group(1)});
        start = suffix.end();
      }
      String rest = part.substring(start);
      if (!rest.replaceAll("(?i)\\band\\b", "").isBlank()) {
        wordings.add(new String[] {rest, null});
      }
      for (String[] wording : wordings) {
        String recommendation = wording[0].strip().replaceFirst("(?i)^and\\s+", "").strip();
        List<String> named =
            wording[1] != null
                ? UnitNames.splitList(wording[1], pdus)
                : row.addresseePdus.stream()
                    .flatMap(who -> UnitNames.splitList(who, pdus).stream())
                    .toList();
        if (named.isEmpty()) {
          log.error(
              row.line,
              "item " + row.number + ": no PDU named for '" + abbreviate(recommendation) + "'");
        }
        for (String printed : named) {
          String pdu =
              UnitNames.known(printed, pdus)
                  .orElseGet(
                      () -> {
                        log.warn(
                            row.line,
                            "item "
                                + row.number
                                + ": PDU '"
                                + printed
                                + "' is not among the PDUs the plan names");
                        return printed;
                      });
          answers.add(
              new AnswerDocument(
                  Optional.empty(),
                  Optional.of(pdu),
                  Optional.empty(),
                  Optional.of(recommendation)));
        }
      }
    }
    if (answers.isEmpty()) {
      log.error(row.line, "item " + row.number + " answers no recommendation that could be read");
    }
    return answers;
  }

  /** True when a parenthesised note names PDUs, not an abbreviation such as "(CRS)". */
  private static boolean names(String note, List<String> pdus) {
    return note.matches("(?is).*\\bPDU\\b.*")
        || UnitNames.splitList(note, pdus).stream()
            .allMatch(n -> UnitNames.known(n, pdus).isPresent());
  }

  private List<ActionDocument> actions(Row row, IssueLog log) {
    List<String> texts = new ArrayList<>(row.cell(ACTIONS));
    List<String> ownerParts = row.cell(OWNERS);
    List<List<String>> targetParts =
        row.cell(TARGETS).stream().map(ActionPlanParser::targets).toList();
    int targetCount = targetParts.stream().mapToInt(List::size).sum();
    List<List<String>> owners =
        ownerParts.stream().map(OwnerRoles::split).map(ActionPlanParser::distinct).toList();
    List<String> allRoles = owners.stream().flatMap(List::stream).toList();

    // A cell that lost its <p> marks: one text, several targets; split it when the sentences
    // line up with the targets, the only split that can be defended.
    if (texts.size() == 1 && targetParts.size() == 1 && targetCount > 1) {
      List<String> sentences = List.of(SENTENCE_BREAK.split(texts.get(0)));
      if (sentences.size() == targetCount) {
        log.warn(
            row.line,
            "item "
                + row.number
                + ": one action cell with "
                + targetCount
                + " targets; split into its "
                + targetCount
                + " sentences");
        texts = new ArrayList<>(sentences);
        targetParts = targetParts.get(0).stream().map(List::of).toList();
        owners =
            allRoles.size() == targetCount
                ? allRoles.stream().map(List::of).toList()
                : List.of(distinct(allRoles));
      }
    }
    if (owners.size() != texts.size() && !owners.isEmpty()) {
      log.warn(
          row.line,
          "item "
              + row.number
              + ": "
              + texts.size()
              + " actions but "
              + owners.size()
              + " owner groups; every action gets all owners "
              + distinct(allRoles));
    }
    if (targetParts.size() != texts.size() && !targetParts.isEmpty()) {
      log.warn(
          row.line,
          "item "
              + row.number
              + ": "
              + texts.size()
              + " actions but "
              + targetParts.size()
              + " target cells; every action gets the latest target");
    }
    List<ActionDocument> actions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      List<String> actionOwners =
          owners.size() == texts.size() ? owners.get(i) : distinct(allRoles);
      List<String> actionTargets =
          targetParts.size() == texts.size()
              ? targetParts.get(i)
              : targetParts.stream().flatMap(List::stream).toList();
      Target target = target(actionTargets, row, i + 1, log);
      actions.add(
          new ActionDocument(
              Optional.of(i + 1),
              texts.get(i),
              actionOwners,
              target.month,
              target.status,
              Optional.empty(),
              List.of(),
              List.of()));
    }
    return actions;
  }

  private record Target(Optional<YearMonth> month, ActionStatus status) {}

  /** "September 2023" → planned for that month; "Completed (and ongoing)" → done, no month. */
  private static Target target(List<String> printed, Row row, int action, IssueLog log) {
    if (printed.isEmpty()) {
      log.warn(row.line, "item " + row.number + ", action " + action + ": no target date");
      return new Target(Optional.empty(), ActionStatus.PLANNED);
    }
    List<Target> targets = printed.stream().map(ActionPlanParser::targetOf).toList();
    if (targets.size() > 1) {
      log.warn(
          row.line,
          "item "
              + row.number
              + ", action "
              + action
              + " has targets "
              + printed
              + "; recorded the latest pending one");
    }
    return targets.stream()
        .filter(target -> target.month.isPresent())
        .max((a, b) -> a.month.get().compareTo(b.month.get()))
        .or(
            () ->
                targets.stream()
                    .filter(t -> t.status == ActionStatus.COMPLETED_AND_ONGOING)
                    .findFirst())
        .orElse(targets.get(0));
  }

  private static Target targetOf(String printed) {
    String lower = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (lower.equals("completed and ongoing")) {
      return new Target(Optional.empty(), ActionStatus.COMPLETED_AND_ONGOING);
    }
    if (lower.equals("completed")) {
      return new Target(Optional.empty(), ActionStatus.COMPLETED);
    }
    return new Target(DateText.firstMonth(printed), ActionStatus.PLANNED);
  }

  private static List<String> targets(String cell) {
    List<String> targets = new ArrayList<>();
    Matcher matcher = TARGET.matcher(cell);
    while (matcher.find()) {
      targets.add(matcher.group());
    }
    return targets;
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().distinct().toList();
  }

  private static void checkSequence(List<Row> rows, IssueLog log) {
    int expected = 1;
    for (Row row : rows) {
      if (row.number != expected) {
        log.warn(row.line, "item numbered " + row.number + " where " + expected + " was expected");
      }
      expected = row.number + 1;
    }
  }

  private static Optional<SummaryDocument> publishedSummary(
      SourceText source, int from, IssueLog log) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int line = from; line <= source.lineCount(); line++) {
      Matcher matcher =
          Pattern.compile(
                  "^(Agreed|Partly Agreed|Not Agreed|Total)\\t\\s*(\\d+)\\s*$",
                  Pattern.CASE_INSENSITIVE)
              .matcher(source.line(line));
      if (matcher.matches()) {
        counts.put(matcher.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(matcher.group(2)));
      }
    }
    if (counts.size() < 4) {
      log.warn(
          source.lineCount(),
          "no complete summary table (Agreed, Partly Agreed, Not Agreed, Total)");
      return Optional.empty();
    }
    return Optional.of(
        new SummaryDocument(
            counts.get("agreed"),
            counts.get("partly agreed"),
            counts.get("not agreed"),
            counts.get("total")));
  }

  /** The PDUs in the plan's title ("North West region - A PDU, B PDU and C PDU"). */
  private static List<String> namedPdus(SourceText source, int before) {
    StringBuilder title = new StringBuilder();
    for (int line = 1; line < before; line++) {
      title.append(' ').append(Markup.plain(source.line(line)));
    }
    Matcher matcher = PDU_LIST.matcher(title.toString().strip());
    return matcher.find() ? UnitNames.splitList(matcher.group(1), List.of()) : List.of();
  }

  private static int count(List<ItemDocument> items, Response response) {
    return (int) items.stream().filter(item -> item.response() == response).count();
  }

  private static String describe(SummaryDocument summary) {
    return summary.agreed()
        + "/"
        + summary.partlyAgreed()
        + "/"
        + summary.notAgreed()
        + "/"
        + summary.total();
  }

  private static boolean endsSentence(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?");
  }

  private static boolean startsLowerCase(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static Optional<Integer> find(SourceText source, int from, Predicate<String> test) {
    for (int line = Math.max(1, from); line <= source.lineCount(); line++) {
      if (test.test(source.line(line))) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  private static Optional<Matcher> firstMatch(SourceText source, Pattern pattern, int before) {
    for (int line = 1; line < before; line++) {
      Matcher matcher = pattern.matcher(source.line(line));
      if (matcher.find()) {
        return Optional.of(matcher);
      }
    }
    return Optional.empty();
  }
}
