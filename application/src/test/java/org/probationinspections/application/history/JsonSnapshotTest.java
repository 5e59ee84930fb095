package org.probationinspections.application.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSnapshotTest {

  @Test
  void textWithoutSpecialCharactersIsWrittenAsItIs() {
    assertEquals(
        "{\"text\":\"Cheshire West – Good\"}",
        JsonSnapshot.write(Map.of("text", "Cheshire West – Good")));
  }

  @Test
  void everyCharacterThatCannotStandInAJsonStringIsEscaped() {
    String text = "a\"b\\c\nd\re\tf\u0001g<h>i&j\u2028k\u2029l";

    assertEquals(
        "{\"text\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u003ch\\u003ei\\u0026j\\u2028k\\u2029l\"}",
        JsonSnapshot.write(Map.of("text", text)));
  }

  @Test
  void escapedTextReadsBackEqual() {
    String text = "\"quoted\" \\ <b>&amp;</b>\n\u0000 end\u2029";

    assertEquals(
        Map.of("text", text), JsonTrees.parseObject(JsonSnapshot.write(Map.of("text", text))));
  }
}
