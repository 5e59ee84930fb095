package org.probationinspections.domain.framework;

import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/** An inclusive range of values (a percentage or a score) that maps to one rating. */
public record Band(int min, int max, Rating rating) {

  public Band {
    Require.present("band.rating", rating);
    if (min > max) {
      throw new InvalidValueException("band", "min " + min + " is above max " + max);
    }
  }

  public boolean contains(int value) {
    return value >= min && value <= max;
  }
}
