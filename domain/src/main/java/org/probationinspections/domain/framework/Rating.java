package org.probationinspections.domain.framework;

import java.util.Locale;
import java.util.Optional;
import org.probationinspections.domain.common.Worded;

/** The four-point rating scale, plus NOT_RATED for a standard that was not rated. */
public enum Rating implements Worded {
  INADEQUATE,
  REQUIRES_IMPROVEMENT,
  GOOD,
  OUTSTANDING,
  NOT_RATED;

  public boolean isRated() {
    return this != NOT_RATED;
  }

  /** True when this rating is no better than {@code ceiling}; NOT_RATED is below everything. */
  public boolean isAtMost(Rating ceiling) {
    return ordinal() <= ceiling.ordinal() || this == NOT_RATED;
  }

  /**
   * Reads a rating as published ("Requires improvement", "requires-improvement", "GOOD", "Not
   * inspected"); empty when the text is no rating at all (a placeholder such as "Rating").
   */
  public static Optional<Rating> fromText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    for (Rating rating : values()) {
      if (rating.label().toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(rating);
      }
    }
    if (key.equals("not inspected") || key.equals("n/a")) {
      return Optional.of(NOT_RATED);
    }
    return Optional.empty();
  }
}
