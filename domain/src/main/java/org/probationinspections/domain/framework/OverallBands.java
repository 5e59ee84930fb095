package org.probationinspections.domain.framework;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * The overall-rating bands that apply when the maximum score is {@code maximum}; {@code assumed}
 * when the inspectorate has not published them and they are the product's reading, to be shown as
 * such wherever a rating computed by them is shown.
 */
public record OverallBands(int maximum, boolean assumed, List<Band> bands) {

  /** Bands the inspectorate published. */
  public OverallBands(int maximum, List<Band> bands) {
    this(maximum, false, bands);
  }

  public OverallBands {
    Require.positive("overallBands.maximum", maximum);
    Require.notEmpty("overallBands.bands", bands);
    bands = List.copyOf(bands);
    for (int score = 0; score <= maximum; score++) {
      int value = score;
      long matches = bands.stream().filter(band -> band.contains(value)).count();
      if (matches != 1) {
        throw new InvalidValueException(
            "overallBands",
            "the bands for a maximum of "
                + maximum
                + " must cover score "
                + score
                + " exactly once, but "
                + matches
                + " bands do");
      }
    }
  }

  public Optional<Rating> ratingFor(int score) {
    return bands.stream().filter(band -> band.contains(score)).map(Band::rating).findFirst();
  }
}
