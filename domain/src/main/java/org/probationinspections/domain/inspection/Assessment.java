package org.probationinspections.domain.inspection;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;

/**
 * What the rules compute for an inspection: its score, its overall rating (empty while the
 * framework has no bands for the score's maximum), and where a published figure disagrees with
 * them. For a published summary the overall rating is the published one, held as published, and
 * {@code computedOverallRating} what the rules give from the figures the source stated, where those
 * decide it.
 */
public record Assessment(
    Score score,
    Optional<Rating> overallRating,
    Optional<Rating> computedOverallRating,
    List<String> flags) {

  public Assessment {
    flags = List.copyOf(flags);
  }

  /** An assessment whose overall rating is the computed one. */
  public Assessment(Score score, Optional<Rating> overallRating, List<String> flags) {
    this(score, overallRating, overallRating, flags);
  }
}
