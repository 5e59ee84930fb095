package org.probationinspections.domain.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds, for each recommendation of a re-inspection, the most alike recommendation an earlier
 * inspection of the same unit made, when they are alike enough to call it a repeat.
 */
public final class RepeatMatcher {

  /** The similarity from which a recommendation repeats an earlier one. */
  public static final double DEFAULT_THRESHOLD = 0.4;

  private final double threshold;

  public RepeatMatcher(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new org.probationinspections.domain.common.InvalidValueException(
          "threshold", "must be above 0 and at most 1, was " + threshold);
    }
    this.threshold = threshold;
  }

  public RepeatMatcher() {
    this(DEFAULT_THRESHOLD);
  }

  /** One recommendation that repeats an earlier one, how alike, and the words they share. */
  public record Repeat(
      String key, String earlierKey, double similarity, List<String> sharedWords) {}

  /** The repeats among {@code current}, in its order; keys not repeating are left out. */
  public List<Repeat> repeats(List<Candidate> current, List<Candidate> earlier) {
    WordingSimilarity similarity =
        new WordingSimilarity(
            Stream.concat(current.stream(), earlier.stream()).map(Candidate::text).toList());
    List<Repeat> repeats = new ArrayList<>();
    for (Candidate now : current) {
      Optional<Candidate> best = Optional.empty();
      double bestScore = 0;
      for (Candidate before : earlier) {
        double score = similarity.similarity(now.text(), before.text());
        if (score > bestScore) {
          bestScore = score;
          best = Optional.of(before);
        }
      }
      if (best.isPresent() && bestScore >= threshold) {
        repeats.add(
            new Repeat(
                now.key(),
                best.get().key(),
                bestScore,
                similarity.shared(now.text(), best.get().text()).stream().limit(6).toList()));
      }
    }
    return repeats;
  }
}
