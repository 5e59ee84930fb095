package org.probationinspections.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.RegionId;

class RegionalReviewDatesTest {

  private static RegionalReview review(LocalDate date) {
    return new RegionalReview(
        new ReviewId("nw-review"),
        new RegionId("nw"),
        date,
        List.of(new InspectionId("kn23")),
        List.of(),
        List.of(),
        0);
  }

  @Test
  void date_withinTheRange_isAccepted_outsideIsRefusedWithTheFieldName() {
    assertEquals(LocalDate.of(1900, 1, 1), review(LocalDate.of(1900, 1, 1)).date());
    assertEquals(LocalDate.of(2999, 12, 31), review(LocalDate.of(2999, 12, 31)).date());
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(1899, 12, 31), LocalDate.of(3000, 1, 1), LocalDate.parse("+10000-01-01")
        }) {
      InvalidValueException refused = assertThrows(InvalidValueException.class, () -> review(date));
      assertEquals("review.date", refused.field());
    }
  }
}
