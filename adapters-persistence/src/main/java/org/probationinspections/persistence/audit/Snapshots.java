package org.probationinspections.persistence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A record's state as a JSON tree for the audit trail, read by reflection so that every field of
 * every aggregate and every interchange document is covered without a mapper per type: a record's
 * components in their order, another class's declared fields, a record of one {@code value} as that
 * value, optionals as their value or null, enums by name, dates as ISO text, sets and maps in the
 * order of their text. Secrets (hashes) are never written; a domain object's version counter is
 * left out of its fields.
 */
final class Snapshots {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> SECRET = Set.of("passwordHash", "secretHash");
  private static final String VERSION = "version";
  private static final String UNREADABLE = "(unreadable)";

  private Snapshots() {}

  /** A domain object's fields, its version counter left out. */
  static JsonNode fields(Object value) {
    return node(value, true);
  }

  /** An interchange document, whole. */
  static JsonNode document(Object value) {
    return node(value, false);
  }

  private static JsonNode node(Object value, boolean withoutVersion) {
    if (value == null) {
      return NullNode.instance;
    }
    if (value instanceof String text) {
      return TextNode.valueOf(text);
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof Enum<?> constant) {
      return TextNode.valueOf(constant.name());
    }
    if (value instanceof TemporalAccessor || value instanceof Character) {
      return TextNode.valueOf(value.toString());
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? node(optional.get(), withoutVersion) : NullNode.instance;
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? NODES.numberNode(optional.getAsInt()) : NullNode.instance;
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? NODES.numberNode(optional.getAsLong()) : NullNode.instance;
    }
    if (value instanceof Collection<?> collection) {
      List<JsonNode> elements = new ArrayList<>();
      for (Object element : collection) {
        elements.add(node(element, withoutVersion));
      }
      if (value instanceof Set<?>) {
        elements.sort(Comparator.comparing(Snapshots::text));
      }
      ArrayNode list = NODES.arrayNode();
      list.addAll(elements);
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(text(node(k, withoutVersion)), node(v, withoutVersion)));
      ObjectNode object = NODES.objectNode();
      object.setAll(sorted);
      return object;
    }
    Class<?> type = value.getClass();
    List<Member> members = MEMBERS.get(type);
    if (type.isRecord() && members.size() == 1 && members.get(0).name().equals("value")) {
      return node(members.get(0).read(value), withoutVersion);
    }
    if (!type.isRecord() && type.getName().startsWith("java.")) {
      return TextNode.valueOf(value.toString());
    }
    ObjectNode object = NODES.objectNode();
    for (Member member : members) {
      String name = member.name();
      if (withoutVersion && name.equals(VERSION)) {
        continue;
      }
      object.set(
          name,
          SECRET.contains(name)
              ? TextNode.valueOf("(secret)")
              : node(member.read(value), withoutVersion));
    }
    return object;
  }

  private static JsonNode number(Number number) {
    if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
      return NODES.numberNode(number.intValue());
    }
    if (number instanceof Long value) {
      return NODES.numberNode(value);
    }
    if (number instanceof Double value) {
      return NODES.numberNode(value);
    }
    if (number instanceof Float value) {
      return NODES.numberNode(value);
    }
    if (number instanceof BigInteger value) {
      return BigIntegerNode.valueOf(value);
    }
    if (number instanceof BigDecimal value) {
      return DecimalNode.valueOf(value);
    }
    return DecimalNode.valueOf(new BigDecimal(number.toString()));
  }

  /**
   * The text a set's elements and a map's keys are ordered by: a text as it is, a number or a
   * boolean as written, a list as {@code [a, b]} and an object as {@code {k=v}}.
   */
  static String text(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray()) {
      List<String> elements = new ArrayList<>();
      node.forEach(element -> elements.add(text(element)));
      return "[" + String.join(", ", elements) + "]";
    }
    if (node.isObject()) {
      List<String> fields = new ArrayList<>();
      node.properties().forEach(e -> fields.add(e.getKey() + "=" + text(e.getValue())));
      return "{" + String.join(", ", fields) + "}";
    }
    return node.asText();
  }

  /**
   * One value a type's snapshot is made of: a record's component, or another class's field. A value
   * that cannot be read is written "(unreadable)".
   */
  private record Member(String name, Method accessor, Field field) {
    Object read(Object owner) {
      if (accessor == null && field == null) {
        return UNREADABLE;
      }
      try {
        return accessor != null ? accessor.invoke(owner) : field.get(owner);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return UNREADABLE;
      }
    }
  }

  /**
   * The members of each type, looked up once: asking a class for its record components makes new
   * objects on every call, and an import writes the snapshot of some hundred records a document.
   */
  private static final ClassValue<List<Member>> MEMBERS =
      new ClassValue<>() {
        @Override
        protected List<Member> computeValue(Class<?> type) {
          List<Member> members = new ArrayList<>();
          if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
              members.add(new Member(component.getName(), component.getAccessor(), null));
            }
            return List.copyOf(members);
          }
          if (type.getName().startsWith("java.")) {
            return List.of();
          }
          for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
              continue;
            }
            try {
              field.setAccessible(true);
              members.add(new Member(field.getName(), null, field));
            } catch (RuntimeException inaccessible) {
              members.add(new Member(field.getName(), null, null));
            }
          }
          return List.copyOf(members);
        }
      };
}
