package org.probationinspections.application.history;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds an interchange document (a record of records, lists, optionals, dates and enums) from the
 * tree {@link JsonSnapshot#tree} made of it, read back by {@link JsonTrees}: the inverse of the
 * snapshot, so that a document kept in the audit trail becomes a document again.
 */
final class DocumentBinder {

  private DocumentBinder() {}

  static <T> T bind(Object tree, Class<T> type) {
    return type.cast(value(tree, type, type.getSimpleName()));
  }

  private static Object value(Object tree, Type type, String path) {
    if (type instanceof ParameterizedType generic) {
      Type raw = generic.getRawType();
      Type element = generic.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return tree == null ? Optional.empty() : Optional.of(value(tree, element, path));
      }
      if (raw == List.class) {
        if (tree == null) {
          return List.of();
        }
        List<Object> list = new ArrayList<>();
        int index = 0;
        for (Object item : listOf(tree, path)) {
          list.add(value(item, element, path + "[" + index++ + "]"));
        }
        return List.copyOf(list);
      }
      throw new IllegalArgumentException(path + ": cannot read a " + type);
    }
    Class<?> target = (Class<?>) type;
    if (tree == null) {
      if (target.isPrimitive()) {
        throw new IllegalArgumentException(path + ": missing");
      }
      return null;
    }
    if (target == String.class) {
      return tree.toString();
    }
    if (target == int.class || target == Integer.class) {
      return number(tree, path).intValue();
    }
    if (target == long.class || target == Long.class) {
      return number(tree, path).longValue();
    }
    if (target == double.class || target == Double.class) {
      return number(tree, path).doubleValue();
    }
    if (target == boolean.class || target == Boolean.class) {
      return Boolean.TRUE.equals(tree);
    }
    if (target == LocalDate.class) {
      return LocalDate.parse(tree.toString());
    }
    if (target == YearMonth.class) {
      return YearMonth.parse(tree.toString());
    }
    if (target == Instant.class) {
      return Instant.parse(tree.toString());
    }
    if (target.isEnum()) {
      return enumConstant(target, tree.toString(), path);
    }
    if (target.isRecord()) {
      return record(tree, target, path);
    }
    throw new IllegalArgumentException(path + ": cannot read a " + target.getName());
  }

  private static Object record(Object tree, Class<?> type, String path) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean wrapsOneValue = components.length == 1 && components[0].getName().equals("value");
    Map<?, ?> fields = wrapsOneValue ? Map.of("value", tree) : mapOf(tree, path);
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      types[i] = component.getType();
      arguments[i] =
          value(
              fields.get(component.getName()),
              component.getGenericType(),
              path + "." + component.getName());
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(path + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(path + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name, String path) {
    try {
      return Enum.valueOf((Class<? extends Enum>) type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": no " + type.getSimpleName() + " " + name, e);
    }
  }

  private static Number number(Object tree, String path) {
    if (tree instanceof Number number) {
      return number;
    }
    throw new IllegalArgumentException(path + ": expected a number, found " + tree);
  }

  private static List<?> listOf(Object tree, String path) {
    if (tree instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException(path + ": expected a list, found " + tree);
  }

  private static Map<?, ?> mapOf(Object tree, String path) {
    if (tree instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException(path + ": expected an object, found " + tree);
  }
}
