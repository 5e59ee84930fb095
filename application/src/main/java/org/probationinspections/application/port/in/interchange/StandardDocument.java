package org.probationinspections.application.port.in.interchange;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;

/**
 * One standard of an inspection in the interchange shape. {@code rating} is the rating in force
 * (computed where the rules can); {@code publishedRating} is what the document printed.
 */
public record StandardDocument(
    String code,
    String name,
    Optional<Rating> rating,
    Optional<Rating> publishedRating,
    List<KeyQuestionDocument> keyQuestions,
    List<String> strengths,
    List<String> areasForImprovement) {

  public StandardDocument {
    rating = Interchange.orEmpty(rating);
    publishedRating = Interchange.orEmpty(publishedRating);
    keyQuestions = Interchange.orEmpty("keyQuestions", keyQuestions);
    strengths = Interchange.orEmpty("strengths", strengths);
    areasForImprovement = Interchange.orEmpty("areasForImprovement", areasForImprovement);
  }
}
