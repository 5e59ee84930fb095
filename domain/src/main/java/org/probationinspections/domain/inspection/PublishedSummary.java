package org.probationinspections.domain.inspection;

import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;

/**
 * The score and overall rating as a document printed them, kept beside what the rules compute.
 * {@code overallText} is the printed wording, which may be a placeholder such as "Rating".
 */
public record PublishedSummary(
    OptionalInt score, OptionalInt maximum, Optional<String> overallText) {

  public static final PublishedSummary NONE =
      new PublishedSummary(OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

  public Optional<Rating> overallRating() {
    return overallText.flatMap(Rating::fromText);
  }

  public Optional<Score> asScore() {
    if (score.isPresent() && maximum.isPresent()) {
      return Optional.of(new Score(score.getAsInt(), maximum.getAsInt()));
    }
    return Optional.empty();
  }
}
