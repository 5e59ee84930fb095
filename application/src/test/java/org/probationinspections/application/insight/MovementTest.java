package org.probationinspections.application.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.Movement;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.testing.SummaryOf;
import org.probationinspections.domain.framework.Rating;

/** A PDU inspected twice: what moved, compared like with like across programmes. */
class MovementTest {

  private static final String OLD = "hmip-probation-pdu-2021";
  private static final String NEW = "hmip-probation-pdu-2023";

  private static final StandardColumn LEADERSHIP =
      new StandardColumn("1.1", "Leadership", Set.of(OLD, NEW));
  private static final StandardColumn STAFF = new StandardColumn("1.2", "Staff", Set.of(OLD, NEW));
  private static final StandardColumn COURT_WORK =
      new StandardColumn("2.1", "Court work", Set.of(OLD));
  private static final StandardColumn ASSESSMENT_2023 =
      new StandardColumn("2.1", "Assessment", Set.of(NEW));
  private static final List<StandardColumn> COLUMNS =
      List.of(LEADERSHIP, STAFF, COURT_WORK, ASSESSMENT_2023);

  @Test
  void acrossProgrammes_onlyTheStandardsBothRateAlike_areCompared_andScoresAsShares() {
    InspectionSummary first =
        inspection(
            OLD,
            LocalDate.of(2022, 3, 7),
            Rating.INADEQUATE,
            6,
            27,
            Map.of("1.1", Rating.INADEQUATE, "1.2", Rating.GOOD, "2.1", Rating.INADEQUATE));
    InspectionSummary second =
        inspection(
            NEW,
            LocalDate.of(2024, 10, 14),
            Rating.REQUIRES_IMPROVEMENT,
            9,
            21,
            Map.of("1.1", Rating.REQUIRES_IMPROVEMENT, "1.2", Rating.GOOD, "2.1", Rating.GOOD));

    Movement movement = Movement.latest(List.of(first, second), COLUMNS).orElseThrow();

    assertFalse(movement.sameProgramme());
    assertEquals(1, movement.overallDirection());
    assertEquals(
        List.of(LEADERSHIP, STAFF),
        movement.standards().stream().map(Movement.StandardMove::standard).toList());
    assertEquals(1, movement.count(1));
    assertEquals(0, movement.count(-1));
    assertEquals(1, movement.count(0));
    assertEquals(OptionalInt.of(22), movement.percentBefore());
    assertEquals(OptionalInt.of(43), movement.percentAfter());
  }

  @Test
  void withinOneProgramme_everyStandardBothRate_isCompared_andAFallIsWorse() {
    InspectionSummary first =
        inspection(OLD, LocalDate.of(2021, 9, 6), Rating.GOOD, 17, 27, Map.of("2.1", Rating.GOOD));
    InspectionSummary second =
        inspection(
            OLD,
            LocalDate.of(2023, 1, 9),
            Rating.REQUIRES_IMPROVEMENT,
            14,
            27,
            Map.of("2.1", Rating.INADEQUATE));

    Movement movement = Movement.between(first, second, COLUMNS);

    assertTrue(movement.sameProgramme());
    assertEquals(-1, movement.overallDirection());
    assertEquals(
        List.of(COURT_WORK), movement.standards().stream().map(m -> m.standard()).toList());
    assertEquals(1, movement.count(-1));
  }

  @Test
  void fewerThanTwoRatedInspections_haveNoMovement() {
    InspectionSummary only =
        inspection(OLD, LocalDate.of(2022, 3, 7), Rating.GOOD, 17, 27, Map.of());
    InspectionSummary unrated =
        SummaryOf.inspection(
            "u", "Knowsley", NEW, LocalDate.of(2025, 11, 3), 0, 0, Optional.empty(), Map.of());

    assertTrue(Movement.latest(List.of(only, unrated), COLUMNS).isEmpty());
  }

  private static InspectionSummary inspection(
      String framework,
      LocalDate fieldwork,
      Rating overall,
      int score,
      int maxScore,
      Map<String, Rating> ratings) {
    return SummaryOf.inspection(
        fieldwork.toString(),
        "Knowsley",
        framework,
        fieldwork,
        score,
        maxScore,
        Optional.of(overall),
        ratings);
  }
}
