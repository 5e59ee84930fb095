package org.probationinspections.application.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.shared.RecordTypes;

/**
 * The documents of every inspection, review and action plan as they stood at an instant, replayed
 * from the audit trail: a record's "created" entry holds its whole document, each later entry the
 * top-level fields that changed ({@code items[3]} for one element of a list), applied in order.
 */
final class RecordHistory {

  private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)]");

  /** Record type → record id → document tree, in the order the records were created. */
  private final Map<String, Map<String, Map<String, Object>>> documents = new LinkedHashMap<>();

  /** Ids of the regions and PDUs created before the instant, by record type. */
  private final Map<String, Set<String>> created = new LinkedHashMap<>();

  /** Records with entries but no document to start from (written before documents were kept). */
  private final Set<String> withoutDocuments = new HashSet<>();

  private RecordHistory() {}

  static RecordHistory replay(AuditLog log, Instant until) {
    RecordHistory history = new RecordHistory();
    Set<String> types = new HashSet<>(RecordTypes.DOCUMENTED);
    types.add(RecordTypes.REGION);
    types.add(RecordTypes.PDU);
    log.replay(types, until, history::apply);
    return history;
  }

  Map<String, Map<String, Object>> documents(String recordType) {
    return documents.getOrDefault(recordType, Map.of());
  }

  boolean wasCreated(String recordType, String recordId) {
    return created.getOrDefault(recordType, Set.of()).contains(recordId);
  }

  /** The records the trail cannot rebuild, as "type id". */
  List<String> withoutDocuments() {
    return withoutDocuments.stream().sorted().toList();
  }

  private void apply(AuditLog.Entry entry) {
    String type = entry.recordType();
    if ("created".equals(entry.change())) {
      created.computeIfAbsent(type, t -> new HashSet<>()).add(entry.recordId());
    }
    if (!RecordTypes.DOCUMENTED.contains(type)) {
      return;
    }
    Map<String, Map<String, Object>> ofType =
        documents.computeIfAbsent(type, t -> new LinkedHashMap<>());
    if (entry.document().isEmpty()) {
      if (!ofType.containsKey(entry.recordId())) {
        withoutDocuments.add(type + " " + entry.recordId());
      }
      return;
    }
    Map<String, Object> document = JsonTrees.parseObject(entry.document().get());
    if ("created".equals(entry.change())) {
      ofType.put(entry.recordId(), document);
      withoutDocuments.remove(type + " " + entry.recordId());
      return;
    }
    Map<String, Object> stored = ofType.get(entry.recordId());
    if (stored == null) {
      withoutDocuments.add(type + " " + entry.recordId());
      return;
    }
    applyChange(stored, document);
  }

  /** Sets each changed field ({@code name} or {@code name[index]}) of {@code document}. */
  static void applyChange(Map<String, Object> document, Map<String, Object> change) {
    change.forEach((field, value) -> put(document, field, value));
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> document, String field, Object value) {
    Matcher element = ELEMENT.matcher(field);
    if (!element.matches()) {
      document.put(field, value);
      return;
    }
    Object current = document.get(element.group(1));
    List<Object> list = current instanceof List<?> found ? (List<Object>) found : new ArrayList<>();
    int index = Integer.parseInt(element.group(2));
    while (list.size() <= index) {
      list.add(null);
    }
    list.set(index, value);
    // A list that shrank shows its lost elements as nulls; documents hold no nulls in lists.
    while (!list.isEmpty() && list.get(list.size() - 1) == null) {
      list.remove(list.size() - 1);
    }
    document.put(element.group(1), list);
  }
}
