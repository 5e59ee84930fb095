package org.probationinspections.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.InvalidValueException;

class PublicationDateTest {

  @Test
  void aDay_aMonth_aYear_andNothing_keepTheirPrecision() {
    assertEquals(PublicationDate.Precision.DAY, PublicationDate.of("2022-05-17", null).precision());
    assertEquals(PublicationDate.Precision.MONTH, PublicationDate.of("2022-02", null).precision());
    assertEquals(
        PublicationDate.Precision.YEAR, PublicationDate.of("2022", "about May").precision());
    assertEquals(PublicationDate.Precision.UNKNOWN, PublicationDate.of(" ", null).precision());
    assertEquals(PublicationDate.UNKNOWN, PublicationDate.of(null, ""));
  }

  @Test
  void theEarliestDay_isTheFirstTheDateCanBe() {
    assertEquals(
        Optional.of(LocalDate.of(2022, 5, 17)),
        PublicationDate.of("2022-05-17", null).earliestDay());
    assertEquals(
        Optional.of(LocalDate.of(2022, 2, 1)), PublicationDate.of("2022-02", null).earliestDay());
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 1)), PublicationDate.of("2024", null).earliestDay());
    assertEquals(Optional.empty(), PublicationDate.UNKNOWN.earliestDay());
  }

  @Test
  void aMonthIsAdmitted_onlyWhereTheKnownPartAgrees() {
    assertTrue(PublicationDate.of("2022-05-17", null).admits(YearMonth.of(2022, 5)));
    assertFalse(PublicationDate.of("2022-05-17", null).admits(YearMonth.of(2022, 6)));
    assertTrue(PublicationDate.of("2024", null).admits(YearMonth.of(2024, 11)));
    assertFalse(PublicationDate.of("2024", null).admits(YearMonth.of(2025, 1)));
    assertTrue(PublicationDate.UNKNOWN.admits(YearMonth.of(2025, 1)));
  }

  @Test
  void twoDates_mayBeTheSame_asFarAsBothAreKnown() {
    assertTrue(PublicationDate.of("2024", null).mayBeSameAs(PublicationDate.of("2024-11", null)));
    assertTrue(
        PublicationDate.of("2024-11-03", null).mayBeSameAs(PublicationDate.of("2024-11", null)));
    assertFalse(
        PublicationDate.of("2024-11-03", null).mayBeSameAs(PublicationDate.of("2024-12", null)));
    assertFalse(PublicationDate.of("2022", null).mayBeSameAs(PublicationDate.of("2024", null)));
    assertTrue(PublicationDate.UNKNOWN.mayBeSameAs(PublicationDate.of("2024", null)));
  }

  @Test
  void theNote_isShownBesideTheDate() {
    assertEquals("2022 (about May)", PublicationDate.of("2022", "about May").describe());
    assertEquals("not stated (2024 or 2025)", PublicationDate.of(null, "2024 or 2025").describe());
  }

  @Test
  void aDateInAnotherShape_orNotOnTheCalendar_isRefusedSayingWhatIsExpected() {
    InvalidValueException shape =
        assertThrows(InvalidValueException.class, () -> PublicationDate.of("17/05/2022", null));
    assertEquals(
        "published: '17/05/2022' is not a date: expected 2022-05-17, 2022-05 or 2022",
        shape.getMessage());
    assertThrows(InvalidValueException.class, () -> PublicationDate.of("2022-02-30", null));
    assertThrows(InvalidValueException.class, () -> PublicationDate.of("2022-13", null));
  }
}
