package org.probationinspections.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.domain.framework.Rating;

/** The league's order and places: by share of the maximum, ties shared, partial records last. */
class LeagueOrderTest {

  private static InspectionSummary pdu(String name, int score, int max, Optional<Rating> overall) {
    return new InspectionSummary(
        name,
        name,
        name,
        "r",
        "Region",
        "framework",
        LocalDate.of(2023, 1, 1),
        Optional.empty(),
        score,
        max,
        overall,
        Map.of(),
        List.of(),
        0);
  }

  @Test
  void equalShares_shareAPlace_theNextSkipsOne_andAPartialRecordComesLastUnranked() {
    Optional<Rating> rated = Optional.of(Rating.REQUIRES_IMPROVEMENT);
    List<InspectionSummary> sorted =
        LeagueOrder.sort(
            List.of(
                pdu("Partial", 6, 18, Optional.empty()),
                pdu("A", 17, 24, rated),
                pdu("B", 18, 27, rated),
                pdu("C", 12, 18, rated),
                pdu("D", 9, 27, rated)),
            "score",
            false);
    assertEquals(
        List.of("A", "B", "C", "D", "Partial"),
        sorted.stream().map(InspectionSummary::pdu).toList());
    assertEquals(
        List.of(Optional.of(1), Optional.of(2), Optional.of(2), Optional.of(4), Optional.empty()),
        LeagueOrder.places(sorted, "score"));
  }
}
