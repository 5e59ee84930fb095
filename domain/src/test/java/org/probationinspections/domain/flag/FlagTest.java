package org.probationinspections.domain.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.InvalidValueException;

class FlagTest {

  private static final Instant AT = Instant.parse("2024-03-15T10:15:30Z");
  private static final FlaggedRecord INSPECTION =
      new FlaggedRecord(FlaggedRecord.Kind.INSPECTION, "insp-1");

  private static Flag raised() {
    return Flag.raise(INSPECTION, "report.txt", 107, "no number of cases: left unknown", AT);
  }

  @Test
  void aRaisedFlag_isOpen_andSaysWhereItComesFrom() {
    Flag flag = raised();

    assertTrue(flag.isOpen());
    assertEquals("report.txt:107", flag.where());
    assertEquals(Optional.empty(), flag.resolution());
  }

  @Test
  void aResolvedFlag_isClosedWithWhoWhenAndWhy_andCannotBeResolvedAgain() {
    Resolution confirmed =
        new Resolution(Resolution.Outcome.CONFIRMED, "  not in the report ", "ann", AT);
    Flag resolved = raised().resolve(confirmed);

    assertFalse(resolved.isOpen());
    assertEquals("not in the report", resolved.resolution().orElseThrow().note());
    ConflictException twice =
        assertThrows(
            ConflictException.class,
            () ->
                resolved.resolve(
                    new Resolution(Resolution.Outcome.CORRECTED, "", "bob", AT.plusSeconds(1))));
    assertTrue(twice.getMessage().contains("already confirmed by ann"), twice.getMessage());
  }

  @Test
  void aFlag_needsAFileAPositiveLineAndAReason() {
    assertThrows(InvalidValueException.class, () -> Flag.raise(INSPECTION, " ", 1, "a reason", AT));
    assertThrows(
        InvalidValueException.class, () -> Flag.raise(INSPECTION, "f.txt", 0, "a reason", AT));
    assertThrows(InvalidValueException.class, () -> Flag.raise(INSPECTION, "f.txt", 1, "", AT));
  }
}
