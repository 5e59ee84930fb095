package org.probationinspections.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.AuditLog;

class HistoryWordsTest {

  private static AuditLog.Entry entry(String change, String before, String after) {
    return new AuditLog.Entry(
        7,
        Instant.parse("2024-06-03T09:41:37.123456789Z"),
        "pat",
        "action-plan",
        "p1",
        change,
        Optional.ofNullable(before),
        Optional.ofNullable(after));
  }

  @Test
  void when_isUkTime_toTheMinute() {
    assertEquals("3 June 2024, 10:41", HistoryWords.when(Instant.parse("2024-06-03T09:41:37Z")));
    assertEquals("3 January 2024, 09:41", HistoryWords.when(Instant.parse("2024-01-03T09:41:59Z")));
  }

  @Test
  void aChangedListElement_isNamedByItsNumber_andItsValuesInWords() {
    HistoryWords.Row row =
        HistoryWords.row(
            entry(
                "changed",
                "{\"items[1]\":{\"number\":2,\"actions\":[{\"number\":1,\"status\":\"PLANNED\","
                    + "\"owners\":[\"Head of PDU\"]}]},\"version\":3}",
                "{\"items[1]\":{\"number\":2,\"actions\":[{\"number\":1,\"status\":\"COMPLETED\","
                    + "\"owners\":[\"Head of PDU\",\"Trainer\"]}]},\"version\":4}"));
    assertEquals("Changed", row.change());
    assertEquals("pat", row.who());
    assertEquals("3 June 2024, 10:41", row.when());
    assertEquals(
        List.of(
            new HistoryWords.FieldChange("Item 2, action 1, status", "Planned", "Completed"),
            new HistoryWords.FieldChange(
                "Item 2, action 1, owners", "Head of PDU", "Head of PDU, Trainer")),
        row.changes());
    assertEquals("Item 2, action 1, status; Item 2, action 1, owners", row.headline());
  }

  @Test
  void aCreatedRecord_hasNoBefore() {
    HistoryWords.Row row =
        HistoryWords.row(entry("created", null, "{\"name\":\"North West\",\"regionId\":\"r1\"}"));
    assertEquals("Created", row.change());
    assertEquals(
        List.of(
            new HistoryWords.FieldChange("Name", "", "North West"),
            new HistoryWords.FieldChange("Region id", "", "r1")),
        row.changes());
  }
}
