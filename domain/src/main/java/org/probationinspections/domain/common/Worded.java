package org.probationinspections.domain.common;

import java.util.Locale;

/**
 * A closed vocabulary whose constants are named after the words published documents use: {@code
 * REQUIRES_IMPROVEMENT} reads "Requires improvement". Renaming a constant changes its wording.
 */
public interface Worded {

  String name();

  /** The constant's name as a phrase in sentence case. */
  default String label() {
    String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
