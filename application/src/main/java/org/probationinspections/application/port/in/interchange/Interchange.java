package org.probationinspections.application.port.in.interchange;

import java.util.List;
import java.util.Optional;

/** Absent JSON fields arrive as nulls; the interchange records turn them into empty values. */
final class Interchange {

  private Interchange() {}

  static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
