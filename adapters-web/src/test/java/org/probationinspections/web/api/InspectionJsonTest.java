package org.probationinspections.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.probationinspections.web.InterchangeJson;

class InspectionJsonTest {

  private final InspectionJson kept = new InspectionJson(InterchangeJson.mapper(), 25);

  @Test
  void ifNoneMatch_takesAList_weakTags_andTheWildcard() {
    String tag = "\"abc-3\"";
    assertTrue(InspectionJson.matches("\"abc-3\"", tag));
    assertTrue(InspectionJson.matches("\"x\", W/\"abc-3\"", tag));
    assertTrue(InspectionJson.matches("*", tag));
    assertFalse(InspectionJson.matches(null, tag));
    assertFalse(InspectionJson.matches("\"abc-2\"", tag));
    assertFalse(InspectionJson.matches("abc-3", tag), "an entity tag is quoted");
  }

  /** Keeps a document as its second read does. */
  private void keep(String id, long version, byte[] body) {
    kept.keep(id, version, body);
    kept.keep(id, version, body);
  }

  @Test
  void anInspectionReadOnce_isNotKept_itsSecondReadIs() {
    kept.keep("a", 1, new byte[10]);
    assertNull(kept.kept("a", 1));
    kept.keep("a", 1, new byte[10]);
    assertArrayEquals(new byte[10], kept.kept("a", 1));
  }

  @Test
  void readsOfEveryInspectionInTurn_keepNothing() {
    InspectionJson large = new InspectionJson(InterchangeJson.mapper(), 1 << 20);
    int inspections = InspectionJson.READ_ONCE_REMEMBERED + 1;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < inspections; i++) {
        large.keep("inspection-" + i, 1, new byte[10]);
      }
    }
    assertEquals(0, large.bytesKept());
  }

  @Test
  void aKeptDocument_isServedOnlyForTheVersionItWasBuiltFrom() {
    keep("a", 1, new byte[10]);
    assertArrayEquals(new byte[10], kept.kept("a", 1));
    assertNull(kept.kept("a", 2));
    kept.keep("a", 2, new byte[12]);
    assertArrayEquals(new byte[12], kept.kept("a", 2), "a kept inspection's new version is kept");
    assertNull(kept.kept("a", 1));
    assertEquals(12, kept.bytesKept(), "the older version's bytes are given back");
  }

  @Test
  void whatIsKept_staysWithinItsBound_theLeastRecentlyReadGoingFirst() {
    keep("a", 1, new byte[10]);
    keep("b", 1, new byte[10]);
    kept.kept("a", 1);
    keep("c", 1, new byte[10]);

    assertNull(kept.kept("b", 1), "b was read least recently");
    assertEquals(20, kept.bytesKept());
    keep("big", 1, new byte[26]);
    assertNull(kept.kept("big", 1), "a document larger than the bound is not kept");
    assertEquals(20, kept.bytesKept());
  }
}
