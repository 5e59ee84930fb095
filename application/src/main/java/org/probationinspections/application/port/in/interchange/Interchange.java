package org.probationinspections.application.port.in.interchange;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;

/** Absent JSON fields arrive as nulls; the interchange records turn them into empty values. */
final class Interchange {

  private Interchange() {}

  /** The list as given, empty when absent; an empty entry in it is refused by its field. */
  static <T> List<T> orEmpty(String field, List<T> values) {
    return Require.entries(field, values);
  }

  static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
