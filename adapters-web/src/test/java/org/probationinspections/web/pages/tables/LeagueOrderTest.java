package org.probationinspections.web.pages.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.testing.SummaryOf;
import org.probationinspections.domain.framework.Rating;

/**
 * The order of a region's table of PDUs: by share of the maximum, partial records last; a standard
 * by its own frameworks. (The national league is ranked by the store: InspectionSummariesContract.)
 */
class LeagueOrderTest {

  private static InspectionSummary pdu(String name, int score, int max, Optional<Rating> overall) {
    return SummaryOf.inspection(
        name, name, "framework", LocalDate.of(2023, 1, 1), score, max, overall, Map.of());
  }

  @Test
  void byShareOfTheMaximum_notByRawScore_andAPartialRecordComesLast() {
    Optional<Rating> rated = Optional.of(Rating.REQUIRES_IMPROVEMENT);
    List<InspectionSummary> sorted =
        LeagueOrder.SCORE.sort(
            List.of(
                pdu("Partial", 6, 18, Optional.empty()),
                pdu("A", 17, 24, rated),
                pdu("B", 18, 27, rated),
                pdu("C", 12, 18, rated),
                pdu("D", 9, 27, rated)),
            false);
    assertEquals(
        List.of("A", "B", "C", "D", "Partial"),
        sorted.stream().map(InspectionSummary::pdu).toList());
  }

  @Test
  void byAStandard_onlyItsOwnFrameworksRatingsRank_andItsNumberAloneNamesTheFirstSuch() {
    StandardColumn courtWork =
        new StandardColumn("2.1", "Court work", java.util.Set.of("hmip-probation-pdu-2021"));
    StandardColumn assessment =
        new StandardColumn("2.1", "Assessment", java.util.Set.of("hmip-probation-pdu-2023"));
    List<StandardColumn> columns = List.of(courtWork, assessment);
    InspectionSummary old = rated("Old", "hmip-probation-pdu-2021", Rating.INADEQUATE);
    InspectionSummary recent = rated("Recent", "hmip-probation-pdu-2023", Rating.OUTSTANDING);

    LeagueOrder byAssessment = LeagueOrder.of("2.1 Assessment", columns);
    List<InspectionSummary> sorted = byAssessment.sort(List.of(old, recent), false);

    assertEquals(List.of("Recent", "Old"), sorted.stream().map(InspectionSummary::pdu).toList());
    assertEquals("2.1 Court work", LeagueOrder.of("2.1", columns).key());
    org.junit.jupiter.api.Assertions.assertThrows(
        org.probationinspections.web.BadRequestException.class,
        () -> LeagueOrder.of("9.9", columns));
  }

  private static InspectionSummary rated(String pdu, String framework, Rating rating) {
    return SummaryOf.inspection(
        pdu,
        pdu,
        framework,
        java.time.LocalDate.of(2023, 1, 9),
        0,
        0,
        Optional.of(rating),
        java.util.Map.of("2.1", rating));
  }
}
