package org.probationinspections.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RequireDatesTest {

  @Test
  void sensibleDate_acceptsTheFirstDayOf1900AndTheLastDayOf2999() {
    assertEquals(LocalDate.of(1900, 1, 1), Require.sensibleDate("on", LocalDate.of(1900, 1, 1)));
    assertEquals(
        LocalDate.of(2999, 12, 31), Require.sensibleDate("on", LocalDate.of(2999, 12, 31)));
  }

  @Test
  void sensibleDate_refusesTheDaysJustOutsideTheRange_namingTheField() {
    for (LocalDate date : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(3000, 1, 1)}) {
      InvalidValueException refused =
          assertThrows(InvalidValueException.class, () -> Require.sensibleDate("on", date));
      assertEquals("on", refused.field());
      assertEquals("on: must be a date between 1900 and 2999", refused.getMessage());
    }
  }

  @Test
  void sensibleDate_refusesYearsWithMoreOrFewerThanFourDigits() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(10_000, 1, 1),
          LocalDate.of(-1, 1, 1),
          LocalDate.of(0, 1, 1),
          LocalDate.MIN,
          LocalDate.MAX
        }) {
      assertThrows(InvalidValueException.class, () -> Require.sensibleDate("on", date));
    }
  }

  @Test
  void sensibleDate_refusesNull_asRequired() {
    InvalidValueException refused =
        assertThrows(InvalidValueException.class, () -> Require.sensibleDate("on", null));
    assertEquals("on: is required", refused.getMessage());
  }

  @Test
  void sensibleMonth_acceptsJanuary1900AndDecember2999_refusesTheMonthsJustOutside() {
    assertEquals(YearMonth.of(1900, 1), Require.sensibleMonth("month", YearMonth.of(1900, 1)));
    assertEquals(YearMonth.of(2999, 12), Require.sensibleMonth("month", YearMonth.of(2999, 12)));
    for (YearMonth month :
        new YearMonth[] {YearMonth.of(1899, 12), YearMonth.of(3000, 1), YearMonth.of(10_000, 1)}) {
      InvalidValueException refused =
          assertThrows(InvalidValueException.class, () -> Require.sensibleMonth("month", month));
      assertEquals("month", refused.field());
    }
    assertThrows(InvalidValueException.class, () -> Require.sensibleMonth("month", null));
  }
}
