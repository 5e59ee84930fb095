package org.probationinspections.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.shared.RecordTypes;

/**
 * An audit-trail entry as a person reads it: when, in local time to the minute; who; and each value
 * that changed, named in words ("Item 2, action 1, status") with its value before and after in
 * words ("Planned" → "Completed"). The entry's JSON stays available behind it.
 */
public final class HistoryWords {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId LOCAL = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
  private static final int MAX_CHANGES = 200;
  private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)\\]");

  private static final Map<String, String> ONE_OF =
      Map.ofEntries(
          Map.entry("items", "item"),
          Map.entry("flags", "flag"),
          Map.entry("notes", "note"),
          Map.entry("actions", "action"),
          Map.entry("recommendations", "recommendation"),
          Map.entry("keyQuestions", "key question"),
          Map.entry("standards", "standard"),
          Map.entry("answers", "answer"),
          Map.entry("progress", "progress update"),
          Map.entry("revisions", "target change"),
          Map.entry("followUps", "follow-up"),
          Map.entry("observations", "observation"),
          Map.entry("strengths", "strength"),
          Map.entry("areasForImprovement", "area for improvement"),
          Map.entry("inspectionIds", "inspection"));

  private HistoryWords() {}

  /** One value that changed: what, before and after, each in words ("" when it had none). */
  public record FieldChange(String what, String before, String after) {}

  /** An entry of a record's history as the page shows it. */
  public record Row(
      String when,
      String who,
      String change,
      List<FieldChange> changes,
      int more,
      Optional<String> before,
      Optional<String> after) {

    /** What changed, in a line: the first values' names, and how many more. */
    public String headline() {
      int total = changes.size() + more;
      String first = String.join("; ", changes.stream().limit(2).map(FieldChange::what).toList());
      return total > 2 ? first + " and " + (total - 2) + " more" : first;
    }
  }

  public static List<Row> rows(List<AuditLog.Entry> entries) {
    return entries.stream().map(HistoryWords::row).toList();
  }

  static Row row(AuditLog.Entry e) {
    Map<String, String> before = flat(e.before());
    Map<String, String> after = flat(e.after());
    Set<String> keys = new LinkedHashSet<>(after.keySet());
    keys.addAll(before.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String key : keys) {
      String was = before.getOrDefault(key, "");
      String now = after.getOrDefault(key, "");
      if (!was.equals(now)) {
        changes.add(new FieldChange(key, was, now));
      }
    }
    int more = Math.max(0, changes.size() - MAX_CHANGES);
    return new Row(
        when(e.at()),
        e.actor(),
        e.recordType().equals(RecordTypes.RATING)
            ? "Rating recomputed under changed rules"
            : changeWord(e.change()),
        more > 0 ? List.copyOf(changes.subList(0, MAX_CHANGES)) : List.copyOf(changes),
        more,
        e.before(),
        e.after());
  }

  /** "2 December 2026, 10:21", in the United Kingdom's time of that day. */
  public static String when(Instant at) {
    return WHEN.format(at.atZone(LOCAL));
  }

  private static String changeWord(String change) {
    return switch (change) {
      case "created" -> "Created";
      case "changed" -> "Changed";
      case "removed" -> "Removed";
      default -> ErrorWords.words(change.replace('_', ' '));
    };
  }

  private static Map<String, String> flat(Optional<String> json) {
    Map<String, String> values = new LinkedHashMap<>();
    if (json.isEmpty() || json.get().isBlank()) {
      return values;
    }
    try {
      flatten(JSON.readTree(json.get()), "", values);
    } catch (JsonProcessingException e) {
      values.put("Value", json.get());
    }
    return values;
  }

  private static void flatten(JsonNode node, String path, Map<String, String> values) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> {
                Matcher element = ELEMENT.matcher(f.getKey());
                if (path.isEmpty() && f.getKey().equals("version")) {
                  return; // the record's version counter: not something a person changed
                }
                if (element.matches()) {
                  // A changed element of a list, named by its place: "items[0]".
                  String one = ONE_OF.getOrDefault(element.group(1), "entry");
                  int place = Integer.parseInt(element.group(2)) + 1;
                  flatten(f.getValue(), join(path, one + " " + key(f.getValue(), place)), values);
                } else {
                  flatten(f.getValue(), join(path, words(f.getKey())), values);
                }
              });
    } else if (node.isArray()) {
      boolean simple =
          StreamSupport.stream(node.spliterator(), false).allMatch(JsonNode::isValueNode);
      if (simple) {
        List<String> parts = new ArrayList<>();
        node.forEach(n -> parts.add(value(n)));
        values.put(path.isEmpty() ? "Value" : path, String.join(", ", parts));
        return;
      }
      String field = lastField(path);
      String one = ONE_OF.getOrDefault(field, "entry");
      String owner = path.contains(", ") ? path.substring(0, path.lastIndexOf(", ")) : "";
      int place = 0;
      for (JsonNode element : node) {
        place++;
        String name = one + " " + key(element, place);
        flatten(element, join(owner, name), values);
      }
    } else if (!node.isNull()) {
      values.put(path.isEmpty() ? "Value" : path, value(node));
    }
  }

  private static String key(JsonNode element, int place) {
    for (String field : List.of("number", "code", "recommendationNumber")) {
      if (element.has(field) && element.get(field).isValueNode()) {
        return element.get(field).asText();
      }
    }
    return String.valueOf(place);
  }

  private static String lastField(String path) {
    String last = path.contains(", ") ? path.substring(path.lastIndexOf(", ") + 2) : path;
    return FIELD_OF_WORDS.getOrDefault(last, last);
  }

  /** "keyQuestions" reads "key questions"; the reverse finds which list a path ends in. */
  private static final Map<String, String> FIELD_OF_WORDS = fieldsOfWords();

  private static Map<String, String> fieldsOfWords() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String field : ONE_OF.keySet()) {
      map.put(capitalised(camelWords(field)), field);
      map.put(camelWords(field), field);
    }
    return Map.copyOf(map);
  }

  private static String join(String path, String name) {
    if (path.isEmpty()) {
      return capitalised(name);
    }
    return path + ", " + name;
  }

  private static String words(String field) {
    return camelWords(field);
  }

  private static String camelWords(String field) {
    return field
        .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
        .replace('_', ' ')
        .toLowerCase(Locale.ROOT);
  }

  private static String value(JsonNode node) {
    if (node.isBoolean()) {
      return node.asBoolean() ? "Yes" : "No";
    }
    return ErrorWords.words(node.asText());
  }

  private static String capitalised(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
