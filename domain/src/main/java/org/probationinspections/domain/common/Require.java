package org.probationinspections.domain.common;

import java.util.Collection;
import java.util.Objects;

/** Guards used by compact constructors, so that every refusal names its field. */
public final class Require {

  private Require() {}

  public static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    return value.strip();
  }

  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidValueException(field, "must be positive, was " + value);
    }
    return value;
  }

  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  public static <T> void notEmpty(String field, Collection<T> values) {
    if (values == null || values.isEmpty()) {
      throw new InvalidValueException(field, "must not be empty");
    }
    values.forEach(value -> Objects.requireNonNull(value, field));
  }
}
