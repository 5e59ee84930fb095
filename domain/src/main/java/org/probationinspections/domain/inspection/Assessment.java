package org.probationinspections.domain.inspection;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;

/**
 * What the rules compute for an inspection: its score, its overall rating (empty while the
 * framework has no bands for the score's maximum), and where a published figure disagrees with
 * them.
 */
public record Assessment(Score score, Optional<Rating> overallRating, List<String> flags) {

  public Assessment {
    flags = List.copyOf(flags);
  }
}
