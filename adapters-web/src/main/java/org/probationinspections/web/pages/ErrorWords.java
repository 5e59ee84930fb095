package org.probationinspections.web.pages;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.review.ObservationKind;

/**
 * A refusal as a person reads it beside a form's field and in the page's error summary: what to
 * enter or choose, in words, never the field's path ("item.reason") or a constant's name
 * ("PARTLY_AGREED").
 */
final class ErrorWords {

  private ErrorWords() {}

  /** What each form field asks for, as the end of "Enter …" or "Choose …". */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "the name"),
          Map.entry("region", "the region"),
          Map.entry("aliases", "the other names"),
          Map.entry("fieldworkStarted", "the date fieldwork started"),
          Map.entry("published", "the month the report was published"),
          Map.entry("casesInspected", "the number of cases inspected"),
          Map.entry("leadInspector", "the lead inspector"),
          Map.entry("framework", "the rating framework"),
          Map.entry("standard", "the standard"),
          Map.entry("rating", "the rating"),
          Map.entry("level", "whom it is addressed to"),
          Map.entry("addressee", "the addressee"),
          Map.entry("text", "the text"),
          Map.entry("owners", "one or more owners"),
          Map.entry("target", "the target month"),
          Map.entry("status", "the status"),
          Map.entry("note", "the note"),
          Map.entry("item", "the item"),
          Map.entry("reason", "the reason"),
          Map.entry("explanation", "the explanation"),
          Map.entry("answers", "the recommendations it answers"),
          Map.entry("date", "the date of the letter"),
          Map.entry("submitted", "the date the plan was submitted"),
          Map.entry("inspections", "the inspections it covers"),
          Map.entry("review", "the regional letter"),
          Map.entry("judgement", "the judgement"),
          Map.entry("action", "the action"),
          Map.entry("keyQuestions", "each key question and its percentage"),
          Map.entry("theme", "the themes"),
          Map.entry("verdict", "whether to accept or reject the group"),
          Map.entry("documents", "the documents"));

  /** The fields answered by picking from a list, a set of boxes or a button. */
  private static final Set<String> CHOSEN =
      Set.of(
          "region",
          "framework",
          "standard",
          "rating",
          "level",
          "status",
          "item",
          "reason",
          "answers",
          "inspections",
          "review",
          "judgement",
          "action",
          "theme",
          "verdict",
          "documents");

  private static final Pattern MISSING =
      Pattern.compile("(?:is required|must not be blank|must not be empty|is missing)\\.?");
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)*\\b");
  private static final Pattern LIST_OF_CONSTANTS = Pattern.compile("\\s*\\[[A-Z_, ]*\\]");
  private static final Map<String, String> CONSTANT_WORDS = constantWords();

  /**
   * The refusal of {@code field} (the form's field) in plain words; {@code message} is the
   * refusal's text, with or without the field's name or path in front of it.
   */
  static String plain(String field, String message) {
    String bare = withoutField(message.strip());
    String label = LABELS.getOrDefault(field, "this");
    if (bare.isEmpty() || MISSING.matcher(bare).matches()) {
      return (CHOSEN.contains(field) ? "Choose " : "Enter ") + label;
    }
    if (bare.startsWith("must be one of")) {
      return "Choose " + label + " from the list";
    }
    bare = words(LIST_OF_CONSTANTS.matcher(bare).replaceAll(""));
    if (bare.startsWith("must ") || bare.startsWith("is ")) {
      return capitalised(label) + " " + bare;
    }
    return capitalised(bare);
  }

  /** "item.reason: needs a reason" and "submitted must be a date" lose their field at the front. */
  private static String withoutField(String message) {
    Matcher path =
        Pattern.compile("^[A-Za-z][\\w\\[\\]]*(?:\\.[\\w\\[\\]]+)*:\\s*").matcher(message);
    if (path.find()) {
      return message.substring(path.end());
    }
    Matcher name = Pattern.compile("^([a-z][A-Za-z]*) (?=must |is )").matcher(message);
    if (name.find() && LABELS.containsKey(name.group(1))) {
      return message.substring(name.end());
    }
    return message;
  }

  /** Constants' names ("PARTLY_AGREED") as the words the pages show ("Partly agreed"). */
  static String words(String text) {
    Matcher m = CONSTANT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(CONSTANT_WORDS.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> constantWords() {
    Map<String, String> words = new HashMap<>();
    for (Rating r : Rating.values()) {
      words.put(r.name(), r.label());
    }
    for (Response r : Response.values()) {
      words.put(r.name(), r.label());
    }
    for (ActionStatus s : ActionStatus.values()) {
      words.put(s.name(), Labels.status(s));
    }
    for (FollowUpJudgement j : FollowUpJudgement.values()) {
      words.put(j.name(), j.label());
    }
    for (Enum<?> e : Reason.values()) {
      words.put(e.name(), Labels.words(e));
    }
    for (AddresseeLevel l : AddresseeLevel.values()) {
      words.putIfAbsent(l.name(), Labels.level(l));
    }
    for (ObservationKind k : ObservationKind.values()) {
      words.put(k.name(), Labels.words(k));
    }
    // Acronyms stay as they are.
    words.put("PDU", "PDU");
    return Map.copyOf(words);
  }

  private static String capitalised(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
