package org.probationinspections.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.InvalidValueException;

class PlanDueClockTest {

  private static final LocalDate NORTH_WEST_LETTER = LocalDate.of(2023, 7, 27);

  @Test
  void northWestPlan_submitted33DaysAfterItsLetter_isOnTimeUnderTheDefault() {
    PlanDueClock clock = new PlanDueClock(PlanDueClock.DEFAULT_DAYS);

    assertEquals(LocalDate.of(2023, 9, 7), clock.due(NORTH_WEST_LETTER));
    assertEquals(-9, clock.daysLate(NORTH_WEST_LETTER, LocalDate.of(2023, 8, 29)));
  }

  @Test
  void givenFourWeeks_theSamePlanIsFiveDaysLate() {
    assertEquals(5, new PlanDueClock(28).daysLate(NORTH_WEST_LETTER, LocalDate.of(2023, 8, 29)));
  }

  @Test
  void givenNoDays_theSettingIsRefused() {
    assertThrows(InvalidValueException.class, () -> new PlanDueClock(0));
  }
}
