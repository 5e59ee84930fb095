package org.probationinspections.cli.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.SummaryOf;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;

/**
 * The heatmaps' columns over the shipped frameworks: programmes number their standards alike, so a
 * rating stands only under the standard its own framework rates ("2.1" of a 2021 inspection is
 * Court work, never the 2023 framework's Assessment). The columns are the PDU frameworks' only: a
 * region's standards (its "2.1 Desistance") are not a PDU's.
 */
class StandardColumnsTest {

  private static final String PDU_2021 = "hmip-probation-pdu-2021";
  private static final String PDU_2023 = "hmip-probation-pdu-2023";

  private final List<StandardColumn> columns =
      StoreCore.core(
              Store.open(StoreLocation.memory()),
              new MovableClock(LocalDate.of(2024, 1, 1), LocalTime.NOON),
              null)
          .insight()
          .listStandards()
          .list();

  @Test
  void aStandardNamedAlikeInTwoProgrammes_isOneColumn_ofBoth() {
    assertEquals(Set.of(PDU_2021, PDU_2023), column("1.1 Leadership").frameworks());
    assertEquals(Set.of(PDU_2021), column("2.1 Court work").frameworks());
    assertEquals(Set.of(PDU_2023), column("2.1 Assessment").frameworks());
  }

  @Test
  void anInspectionsRating_standsOnlyUnderItsOwnFrameworksStandard() {
    InspectionSummary of2021 =
        inspection(PDU_2021, Map.of("2.1", Rating.GOOD, "1.1", Rating.INADEQUATE));
    InspectionSummary of2023 = inspection(PDU_2023, Map.of("2.1", Rating.OUTSTANDING));

    assertEquals(Rating.GOOD, column("2.1 Court work").ratingOf(of2021));
    assertNull(column("2.1 Assessment").ratingOf(of2021));
    assertEquals(Rating.INADEQUATE, column("1.1 Leadership").ratingOf(of2021));
    assertEquals(Rating.OUTSTANDING, column("2.1 Assessment").ratingOf(of2023));
    assertNull(column("2.1 Court work").ratingOf(of2023));
  }

  @Test
  void aRegionsStandards_areNoColumnOfThePdus() {
    assertTrue(
        columns.stream().noneMatch(c -> c.frameworks().contains("hmip-probation-region-2023")),
        columns.toString());
    assertTrue(columns.stream().noneMatch(c -> c.name().equals("Desistance")));
  }

  private StandardColumn column(String codeAndName) {
    return columns.stream()
        .filter(c -> (c.code() + " " + c.name()).equals(codeAndName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + codeAndName + " in " + columns));
  }

  private static InspectionSummary inspection(String framework, Map<String, Rating> ratings) {
    return SummaryOf.inspection(
        "i", "Knowsley", framework, LocalDate.of(2023, 11, 6), 0, 0, Optional.empty(), ratings);
  }
}
