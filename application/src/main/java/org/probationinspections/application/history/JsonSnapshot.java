package org.probationinspections.application.history;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A record's values as JSON for the audit trail, read by reflection so that every field of every
 * aggregate is covered without a mapper per type. Secrets (hashes) are never written, and the
 * version counter is left out; {@link #changes} keeps only what differs.
 */
final class JsonSnapshot {

  private static final Set<String> SECRET = Set.of("passwordHash", "secretHash");
  private static final Set<String> SKIPPED = Set.of("version");

  private JsonSnapshot() {}

  /** The values that differ between two states, as JSON before and after. */
  static Optional<Change> changes(Object before, Object after) {
    Map<String, Object> was = asMap(tree(before));
    Map<String, Object> now = asMap(tree(after));
    Map<String, Object> oldValues = new LinkedHashMap<>();
    Map<String, Object> newValues = new LinkedHashMap<>();
    Set<String> keys = new java.util.LinkedHashSet<>(was.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      Object a = was.get(key);
      Object b = now.get(key);
      if (java.util.Objects.equals(a, b)) {
        continue;
      }
      if (a instanceof List<?> listA && b instanceof List<?> listB) {
        for (int i = 0; i < Math.max(listA.size(), listB.size()); i++) {
          Object x = i < listA.size() ? listA.get(i) : null;
          Object y = i < listB.size() ? listB.get(i) : null;
          if (!java.util.Objects.equals(x, y)) {
            oldValues.put(key + "[" + i + "]", x);
            newValues.put(key + "[" + i + "]", y);
          }
        }
      } else {
        oldValues.put(key, a);
        newValues.put(key, b);
      }
    }
    if (newValues.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Change(write(oldValues), write(newValues)));
  }

  record Change(String before, String after) {}

  /** The whole of one state as JSON. */
  static String of(Object value) {
    return write(tree(value));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object tree) {
    return tree instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("value", tree);
  }

  static Object tree(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof TemporalAccessor || value instanceof Character) {
      return value.toString();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(JsonSnapshot::tree).orElse(null);
    }
    if (value instanceof java.util.OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof java.util.OptionalLong optional) {
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    if (value instanceof Collection<?> collection) {
      List<Object> list = new ArrayList<>();
      for (Object element : collection) {
        list.add(tree(element));
      }
      if (value instanceof Set<?>) {
        list.sort(java.util.Comparator.comparing(String::valueOf));
      }
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new java.util.TreeMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(tree(k)), tree(v)));
      return copy;
    }
    Class<?> type = value.getClass();
    if (type.isRecord()) {
      List<Member> components = MEMBERS.get(type);
      if (components.size() == 1 && components.get(0).name().equals("value")) {
        return tree(components.get(0).read(value));
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Member component : components) {
        put(fields, component.name(), component.read(value));
      }
      return fields;
    }
    if (type.getName().startsWith("java.")) {
      return value.toString();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Member field : MEMBERS.get(type)) {
      put(fields, field.name(), field.read(value));
    }
    return fields;
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

  private static final String UNREADABLE = "(unreadable)";

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

  private static void put(Map<String, Object> fields, String name, Object value) {
    if (SKIPPED.contains(name)) {
      return;
    }
    fields.put(name, SECRET.contains(name) ? "(secret)" : tree(value));
  }

  static String write(Object tree) {
    StringBuilder out = new StringBuilder(1024);
    write(tree, out);
    return out.toString();
  }

  private static void write(Object tree, StringBuilder out) {
    if (tree == null) {
      out.append("null");
    } else if (tree instanceof String text) {
      quote(text, out);
    } else if (tree instanceof Number || tree instanceof Boolean) {
      out.append(tree);
    } else if (tree instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (tree instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else {
      quote(tree.toString(), out);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    // Runs of characters that need no escape are copied whole: most text has none.
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(c)) {
        out.append(text, run, i);
        escape(c, out);
        run = i + 1;
      }
    }
    out.append(text, run, text.length()).append('"');
  }

  /** The ASCII characters written escaped: controls, the quote, the backslash, and {@code <>&}. */
  private static final boolean[] ESCAPED_ASCII = new boolean[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPED_ASCII[c] = true;
    }
    for (char c : new char[] {'"', '\\', '<', '>', '&'}) {
      ESCAPED_ASCII[c] = true;
    }
  }

  private static boolean needsEscape(char c) {
    return c < 128 ? ESCAPED_ASCII[c] : c == 0x2028 || c == 0x2029;
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append(String.format("\\u%04x", (int) c));
    }
  }
}
