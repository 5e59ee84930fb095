package org.probationinspections.application.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.unit.UnitLevel;

/** Summary lines as the tests of lists write them: a full PDU inspection, nothing published. */
public final class SummaryOf {

  private SummaryOf() {}

  /**
   * The line of inspection {@code id} of the PDU {@code pdu} (its id the same) in the North West,
   * under {@code framework}, with the score, overall rating and standards' ratings given.
   */
  public static InspectionSummary inspection(
      String id,
      String pdu,
      String framework,
      LocalDate fieldwork,
      int score,
      int maxScore,
      Optional<Rating> overall,
      Map<String, Rating> ratings) {
    return new InspectionSummary(
        id,
        pdu,
        pdu,
        "r",
        "North West",
        framework,
        fieldwork,
        Optional.empty(),
        score,
        maxScore,
        overall,
        ratings,
        List.of(),
        0,
        false,
        Optional.empty(),
        Optional.empty(),
        false,
        UnitLevel.PDU,
        Optional.empty(),
        false);
  }
}
