package org.probationinspections.application.port.in;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * One line of a list of inspections: who, when, the score and the rating of each standard. A line
 * that is a published summary ({@code summary}) holds only what its source stated: its overall
 * rating as published, a score only where one was published (else 0/0); {@code source} and {@code
 * publicationDate} say where and when the outcome was published. A line of the generated demo
 * dataset is {@code generated}: its inspection carries the note {@link #GENERATED_NOTE}. {@code
 * level} says whether the unit inspected is a PDU, a region or the national service; {@code
 * judgement} is the inspectors' judgement in words, where the report gives one. {@code
 * overallAssumed}: the overall rating was computed by bands the inspectorate has not published
 * (marked assumed in the framework's file), and is shown as such.
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
    Optional<String> publicationDate,
    boolean generated,
    UnitLevel level,
    Optional<String> judgement,
    boolean overallAssumed) {

  /** The note every inspection of the generated demo dataset carries. */
  public static final String GENERATED_NOTE =
      "generated demo data: not an inspection the inspectorate made";
}
