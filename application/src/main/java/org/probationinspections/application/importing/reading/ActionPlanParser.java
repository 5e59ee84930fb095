package org.probationinspections.application.importing.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.importing.reading.ActionPlanTable.Row;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.SummaryDocument;
import org.probationinspections.domain.plan.Response;

/**
 * Reads an action plan answering a regional letter. The plan prints recommendations by their
 * wording only (its "Rec No" column numbers the items), so answers carry the PDU and the wording;
 * {@link RecommendationMatcher} finds the numbers. The table's rows are read by {@link
 * ActionPlanTable}, each item assembled by {@link ActionPlanItems} with its actions by {@link
 * ActionPlanActions}; this class reads the heading and checks the published summary.
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

  /** Reads {@code text}; fatal problems throw an InvalidValueException naming "file:line". */
  public ParsedDocument<ActionPlanDocument> parse(String fileName, String text) {
    SourceText source = new SourceText(fileName, text);
    IssueLog log = new IssueLog(source.fileName());

    int headerLine =
        source
            .find(1, line -> line.contains("Rec No") && line.contains("\t"))
            .orElseThrow(
                () ->
                    source.fatal(
                        source.lineCount(),
                        "expected the action plan table with a 'Rec No' header"));
    Optional<Integer> submittedLine = source.find(1, line -> SUBMITTED.matcher(line).find());
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
    Optional<Integer> letterLine = source.find(1, line -> LETTER.matcher(line).find());
    Optional<LocalDate> reviewDate =
        letterLine.flatMap(line -> DateText.firstDate(source.line(line)));
    if (reviewDate.isEmpty()) {
      log.warn(headerLine, "no 'Letter to … published: <date>'; the plan is not tied to a letter");
    }
    List<String> pdus = namedPdus(source, letterLine.orElse(headerLine));

    List<Row> rows = ActionPlanTable.rows(source, headerLine + 1, log);
    List<ItemDocument> items = new ArrayList<>();
    for (Row row : rows) {
      items.add(ActionPlanItems.item(row, pdus, log));
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
            Optional.empty(),
            pdus,
            items,
            Optional.of(counted),
            published,
            List.of(),
            log.notes(),
            Optional.empty());
    return new ParsedDocument<>(document, log.issues());
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
