package org.probationinspections.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;

class RequireTextTest {

  @Test
  void text_refusesANulCharacter_namingTheFieldAndWhere() {
    InvalidValueException refused =
        assertThrows(InvalidValueException.class, () -> Require.text("name", "Know\0sley"));
    assertEquals("name", refused.field());
    assertEquals(
        "name: must not contain the character U+0000 (NUL), found at position 5",
        refused.getMessage());
  }

  @Test
  void withinLimit_refusesANulCharacter_evenAloneOrAtTheEnd() {
    for (String value : List.of("\0", "note\0", "\0note")) {
      InvalidValueException refused =
          assertThrows(InvalidValueException.class, () -> Require.withinLimit("note", value));
      assertEquals("note", refused.field());
    }
  }

  @Test
  void withinLimit_keepsOtherControlCharactersAndNull() {
    assertEquals("line one\nline two\ttab", Require.withinLimit("note", "line one\nline two\ttab"));
    assertNull(Require.withinLimit("note", null));
  }

  @Test
  void aRecordOfTheDomainRefusesANulInAnyOfItsTexts() {
    assertThrows(
        InvalidValueException.class,
        () ->
            new ProgressUpdate(
                LocalDate.of(2024, 1, 2), ActionStatus.IN_PROGRESS, "half\0done", "Lead"));
    assertThrows(
        InvalidValueException.class,
        () ->
            Action.planned(
                "Train staff",
                List.of("Head of PDU", "Head\0of Quality"),
                Optional.empty(),
                ActionStatus.PLANNED));
  }
}
