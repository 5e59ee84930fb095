package org.probationinspections.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.InvalidValueException;

/** The dates an inspection takes lie between 1900 and 2999. */
class InspectionDetailsDatesTest {

  private static InspectionDetails details(LocalDate fieldwork, Optional<YearMonth> published) {
    return new InspectionDetails(fieldwork, published, Optional.of("Jane Doe"), OptionalInt.of(68));
  }

  @Test
  void fieldworkStarted_onTheFirstAndLastDaysOfTheRange_isAccepted() {
    assertEquals(
        LocalDate.of(1900, 1, 1),
        details(LocalDate.of(1900, 1, 1), Optional.empty()).fieldworkStarted());
    assertEquals(
        LocalDate.of(2999, 12, 31),
        details(LocalDate.of(2999, 12, 31), Optional.empty()).fieldworkStarted());
  }

  @Test
  void fieldworkStarted_outsideTheRange_isRefusedWithTheFieldName() {
    for (LocalDate fieldwork :
        new LocalDate[] {
          LocalDate.parse("+10000-01-01"),
          LocalDate.parse("-0001-01-01"),
          LocalDate.of(1899, 12, 31),
          LocalDate.of(3000, 1, 1)
        }) {
      InvalidValueException refused =
          assertThrows(
              InvalidValueException.class,
              () -> details(fieldwork, Optional.empty()),
              "" + fieldwork);
      assertEquals("fieldworkStarted", refused.field());
      assertEquals("fieldworkStarted: must be a date between 1900 and 2999", refused.getMessage());
    }
  }

  @Test
  void published_outsideTheRange_isRefusedWithTheFieldName() {
    LocalDate fieldwork = LocalDate.of(2023, 3, 6);
    assertEquals(
        Optional.of(YearMonth.of(2999, 12)),
        details(fieldwork, Optional.of(YearMonth.of(2999, 12))).published());
    for (YearMonth month :
        new YearMonth[] {YearMonth.of(1899, 12), YearMonth.of(3000, 1), YearMonth.of(10_000, 1)}) {
      InvalidValueException refused =
          assertThrows(InvalidValueException.class, () -> details(fieldwork, Optional.of(month)));
      assertEquals("published", refused.field());
    }
  }
}
