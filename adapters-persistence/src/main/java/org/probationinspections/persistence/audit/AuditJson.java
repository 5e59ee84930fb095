package org.probationinspections.persistence.audit;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.probationinspections.application.port.out.AuditLog;

/**
 * The trail's JSON, on Jackson: a change turned into the row that records it — the whole state when
 * a record is created or removed, only the values that differ when it is changed ({@code name[3]}
 * for one element of a list) — and the rows' documents read back as interchange documents.
 */
final class AuditJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new TrailEscapes()).build())
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private AuditJson() {}

  /** The row of a change; empty when the change changes nothing. */
  static Optional<AuditRow> row(AuditLog.Change change) {
    boolean document = change.kept() == AuditLog.Kept.DOCUMENT;
    if (change.before().isEmpty() || change.after().isEmpty()) {
      Optional<String> before = change.before().map(state -> write(state(state, document)));
      Optional<String> after = change.after().map(state -> write(state(state, document)));
      return Optional.of(row(change, before, after, document ? after : Optional.empty()));
    }
    JsonNode was = state(change.before().get(), document);
    JsonNode now = state(change.after().get(), document);
    if (document) {
      // A document's change is written with the fields of every object in name order.
      was = inNameOrder(was);
      now = inNameOrder(now);
    }
    return difference(was, now)
        .map(
            values -> {
              Optional<String> after = Optional.of(write(values.after()));
              return row(
                  change,
                  Optional.of(write(values.before())),
                  after,
                  document ? after : Optional.empty());
            });
  }

  private static JsonNode state(Object state, boolean document) {
    return document ? Snapshots.document(state) : Snapshots.fields(state);
  }

  private static AuditRow row(
      AuditLog.Change change,
      Optional<String> before,
      Optional<String> after,
      Optional<String> document) {
    return new AuditRow(
        0,
        change.at(),
        change.actor(),
        change.recordType(),
        change.recordId(),
        change.kind(),
        before,
        after,
        document);
  }

  /** The values that differ between two states, before and after. */
  record Difference(ObjectNode before, ObjectNode after) {}

  static Optional<Difference> difference(JsonNode before, JsonNode after) {
    ObjectNode was = asObject(before);
    ObjectNode now = asObject(after);
    ObjectNode oldValues = NODES.objectNode();
    ObjectNode newValues = NODES.objectNode();
    Set<String> names = new LinkedHashSet<>();
    was.fieldNames().forEachRemaining(names::add);
    now.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode a = valueOf(was.get(name));
      JsonNode b = valueOf(now.get(name));
      if (a.equals(b)) {
        continue;
      }
      if (a.isArray() && b.isArray()) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
          JsonNode x = valueOf(a.get(i));
          JsonNode y = valueOf(b.get(i));
          if (!x.equals(y)) {
            oldValues.set(name + "[" + i + "]", x);
            newValues.set(name + "[" + i + "]", y);
          }
        }
      } else {
        oldValues.set(name, a);
        newValues.set(name, b);
      }
    }
    return newValues.isEmpty()
        ? Optional.empty()
        : Optional.of(new Difference(oldValues, newValues));
  }

  private static JsonNode valueOf(JsonNode node) {
    return node == null ? NullNode.instance : node;
  }

  private static ObjectNode asObject(JsonNode node) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    ObjectNode wrapped = NODES.objectNode();
    wrapped.set("value", node);
    return wrapped;
  }

  /** The same tree with the fields of every object in name order. */
  static JsonNode inNameOrder(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(e -> sorted.put(e.getKey(), inNameOrder(e.getValue())));
      ObjectNode object = NODES.objectNode();
      object.setAll(sorted);
      return object;
    }
    if (node.isArray()) {
      var list = NODES.arrayNode();
      node.forEach(element -> list.add(inNameOrder(element)));
      return list;
    }
    return node;
  }

  static String write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document's JSON read back as a tree. */
  static ObjectNode readObject(String json) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
      throw new IllegalArgumentException(
          "JSON: " + e.getOriginalMessage() + " at offset " + offset, e);
    }
    if (tree instanceof ObjectNode object) {
      return object;
    }
    throw new IllegalArgumentException("expected a JSON object, found " + json);
  }

  /** A document's tree read as {@code type}. */
  static <T> T bind(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(e.getPathReference() + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
