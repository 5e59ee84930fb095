package org.probationinspections.application.importing.reading;

import static org.probationinspections.application.importing.reading.ActionPlanTable.ACTIONS;
import static org.probationinspections.application.importing.reading.ActionPlanTable.OWNERS;
import static org.probationinspections.application.importing.reading.ActionPlanTable.REC;
import static org.probationinspections.application.importing.reading.ActionPlanTable.RESPONSE;
import static org.probationinspections.application.importing.reading.ActionPlanTable.TARGETS;
import static org.probationinspections.application.importing.reading.ActionPlanTable.abbreviate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.importing.reading.ActionPlanTable.Row;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

/**
 * An item of an action plan assembled from its row: the response, the reason and explanation of a
 * recommendation not agreed in full, the answers (one per recommendation wording and PDU), and the
 * actions ({@link ActionPlanActions}).
 */
final class ActionPlanItems {

  static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
  private static final Pattern SUFFIX = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern REASON_PHRASE =
      Pattern.compile("agreed for ([^.]*?)reasons?", Pattern.CASE_INSENSITIVE);

  /** Words naming a reason category; "resource" is read as affordability, a weaker cue. */
  static final Map<String, Reason> REASON_WORDS = reasonWords();

  private ActionPlanItems() {}

  private static Map<String, Reason> reasonWords() {
    Map<String, Reason> words = new LinkedHashMap<>();
    words.put("commissioning", Reason.COMMISSIONING);
    words.put("policy", Reason.POLICY);
    words.put("operational", Reason.OPERATIONAL);
    words.put("affordab", Reason.AFFORDABILITY);
    words.put("resource", Reason.AFFORDABILITY);
    return words;
  }

  static ItemDocument item(Row row, List<String> pdus, IssueLog log) {
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
            : ActionPlanActions.actions(row, log);
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
}
