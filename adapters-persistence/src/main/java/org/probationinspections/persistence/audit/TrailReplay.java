package org.probationinspections.persistence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.application.port.out.AuditLog;

/**
 * The records as the rows of the trail, applied in order, left them: a record's "created" row holds
 * its whole document, each later row the top-level fields that changed ({@code items[3]} for one
 * element of a list). The documents are read as the type the core asks for.
 */
final class TrailReplay implements AuditLog.Replayed {

  private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)]");

  /** Record type → record id → document, in the order the records were created. */
  private final Map<String, Map<String, ObjectNode>> documents = new HashMap<>();

  /** Ids of the records created before the instant, by record type. */
  private final Map<String, Set<String>> created = new HashMap<>();

  /** Records with rows but no document to start from (written before documents were kept). */
  private final Map<String, Set<String>> withoutDocuments = new HashMap<>();

  void apply(AuditRow row) {
    String type = row.recordType();
    String id = row.recordId();
    boolean creates = "created".equals(row.change());
    if (creates) {
      created.computeIfAbsent(type, t -> new HashSet<>()).add(id);
    }
    Map<String, ObjectNode> ofType = documents.computeIfAbsent(type, t -> new LinkedHashMap<>());
    Set<String> without = withoutDocuments.computeIfAbsent(type, t -> new HashSet<>());
    if (row.document().isEmpty()) {
      if (!ofType.containsKey(id)) {
        without.add(id);
      }
      return;
    }
    ObjectNode document = AuditJson.readObject(row.document().get());
    if (creates) {
      ofType.put(id, document);
      without.remove(id);
      return;
    }
    ObjectNode stored = ofType.get(id);
    if (stored == null) {
      without.add(id);
      return;
    }
    applyChange(stored, document);
  }

  @Override
  public boolean wasCreated(String recordType, String recordId) {
    return created.getOrDefault(recordType, Set.of()).contains(recordId);
  }

  @Override
  public <T> Map<String, T> documents(
      String recordType, Class<T> type, BiConsumer<String, String> unreadable) {
    Map<String, T> read = new LinkedHashMap<>();
    documents
        .getOrDefault(recordType, Map.of())
        .forEach(
            (id, document) -> {
              try {
                read.put(id, AuditJson.bind(document, type));
              } catch (RuntimeException e) {
                unreadable.accept(id, e.getMessage());
              }
            });
    return read;
  }

  @Override
  public Set<String> withoutDocuments(String recordType) {
    return new TreeSet<>(withoutDocuments.getOrDefault(recordType, Set.of()));
  }

  /** Sets each changed field ({@code name} or {@code name[index]}) of {@code document}. */
  static void applyChange(ObjectNode document, ObjectNode change) {
    change.properties().forEach(field -> put(document, field.getKey(), field.getValue()));
  }

  private static void put(ObjectNode document, String field, JsonNode value) {
    Matcher element = ELEMENT.matcher(field);
    if (!element.matches()) {
      document.set(field, value);
      return;
    }
    JsonNode current = document.get(element.group(1));
    ArrayNode list =
        current instanceof ArrayNode found ? found : JsonNodeFactory.instance.arrayNode();
    int index = Integer.parseInt(element.group(2));
    while (list.size() <= index) {
      list.addNull();
    }
    list.set(index, value);
    // A list that shrank shows its lost elements as nulls; documents hold no nulls in lists.
    while (!list.isEmpty() && list.get(list.size() - 1).isNull()) {
      list.remove(list.size() - 1);
    }
    document.set(element.group(1), list);
  }
}
