package org.probationinspections.domain.inspection;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Rating;

/** One standard's result: the rating in force, where it came from, and what was published. */
public record StandardResult(
    String code,
    Rating rating,
    RatingSource source,
    Optional<Rating> publishedRating,
    List<KeyQuestionResult> keyQuestions) {

  public StandardResult {
    code = Require.text("standard.code", code);
    Require.present("standard.rating", rating);
    Require.present("standard.source", source);
    Require.present("standard.publishedRating", publishedRating);
    keyQuestions = List.copyOf(Require.present("standard.keyQuestions", keyQuestions));
  }

  /** The key question with the lowest share of "Yes", which drove a computed rating. */
  public Optional<KeyQuestionResult> lowestKeyQuestion() {
    return keyQuestions.stream()
        .min(java.util.Comparator.comparingInt(KeyQuestionResult::percentYes));
  }

  public boolean disagreesWithPublished() {
    return publishedRating.isPresent() && publishedRating.get() != rating;
  }

  StandardResult withPublished(Rating published) {
    return new StandardResult(code, rating, source, Optional.of(published), keyQuestions);
  }
}
