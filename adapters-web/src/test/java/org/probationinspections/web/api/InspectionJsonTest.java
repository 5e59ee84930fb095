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

  @Test
  void aKeptDocument_isServedOnlyForTheVersionItWasBuiltFrom() {
    kept.keep("a", 1, new byte[10]);
    assertArrayEquals(new byte[10], kept.kept("a", 1));
    assertNull(kept.kept("a", 2));
    kept.keep("a", 2, new byte[12]);
    assertNull(kept.kept("a", 1));
    assertEquals(12, kept.keptBytes(), "the older version's bytes are given back");
  }

  @Test
  void whatIsKept_staysWithinItsBound_theLeastRecentlyReadGoingFirst() {
    kept.keep("a", 1, new byte[10]);
    kept.keep("b", 1, new byte[10]);
    kept.kept("a", 1);
    kept.keep("c", 1, new byte[10]);

    assertNull(kept.kept("b", 1), "b was read least recently");
    assertEquals(20, kept.keptBytes());
    kept.keep("big", 1, new byte[26]);
    assertNull(kept.kept("big", 1), "a document larger than the bound is not kept");
    assertEquals(20, kept.keptBytes());
  }
}
