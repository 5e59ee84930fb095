package org.probationinspections.application.port.in;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;

/**
 * One line of a list of inspections: who, when, the score and the rating of each standard. A line
 * that is a published summary ({@code summary}) holds only what its source stated: its overall
 * rating as published, a score only where one was published (else 0/0); {@code source} and {@code
 * publicationDate} say where and when the outcome was published.
 */
public record InspectionSummary(
    String id,
    String pduId,
    String pdu,
    String regionId,
    String region,
    String framework,
    LocalDate fieldworkStarted,
    Optional<YearMonth> published,
    int score,
    int maxScore,
    Optional<Rating> overallRating,
    Map<String, Rating> ratings,
    List<String> flags,
    int recommendations,
    boolean summary,
    Optional<String> source,
    Optional<String> publicationDate) {

  /** A line of a full inspection, without a published record. */
  public InspectionSummary(
      String id,
      String pduId,
      String pdu,
      String regionId,
      String region,
      String framework,
      LocalDate fieldworkStarted,
      Optional<YearMonth> published,
      int score,
      int maxScore,
      Optional<Rating> overallRating,
      Map<String, Rating> ratings,
      List<String> flags,
      int recommendations) {
    this(
        id,
        pduId,
        pdu,
        regionId,
        region,
        framework,
        fieldworkStarted,
        published,
        score,
        maxScore,
        overallRating,
        ratings,
        flags,
        recommendations,
        false,
        Optional.empty(),
        Optional.empty());
  }
}
