package org.probationinspections.domain.theme;

import org.probationinspections.domain.common.Require;

/**
 * One term of an analysed text: the {@code value} rules and comparisons match (a stem, or the name
 * a synonym maps to) and the {@code surface} it was read from, in normalised words ("violent and
 * sex offender register" for the term {@code visor}), to quote as the reason.
 */
public record Term(String value, String surface) {

  public Term {
    value = Require.text("term.value", value);
    surface = Require.text("term.surface", surface);
  }
}
