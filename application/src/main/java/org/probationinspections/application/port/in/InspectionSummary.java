package org.probationinspections.application.port.in;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;

/** One line of a list of inspections: who, when, the score and the rating of each standard. */
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
    int recommendations) {}
