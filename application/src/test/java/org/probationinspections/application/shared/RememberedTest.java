package org.probationinspections.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RememberedTest {

  private final AtomicLong trail = new AtomicLong(7);
  private final AtomicInteger computed = new AtomicInteger();
  private final Remembered<String, String> answers = new Remembered<>(trail::get, 2);

  private String ask(String question) {
    return answers.answer(question, () -> question + " #" + computed.incrementAndGet());
  }

  @Test
  void anAnswer_isGivenAgain_untilAChangeIsAudited() {
    assertEquals("north #1", ask("north"));
    assertEquals("north #1", ask("north"));
    assertEquals(1, computed.get());

    trail.incrementAndGet();

    assertEquals("north #2", ask("north"));
    assertEquals("north #2", ask("north"));
    assertEquals(2, computed.get());
  }

  @Test
  void eachQuestion_hasItsOwnAnswer_andTheOneAskedLeastRecentlyIsForgottenFirst() {
    assertEquals("north #1", ask("north"));
    assertEquals("south #2", ask("south"));
    assertEquals("north #1", ask("north"));
    assertEquals("east #3", ask("east"));

    assertEquals("north #1", ask("north"), "asked recently: kept");
    assertEquals("south #4", ask("south"), "asked least recently: forgotten");
  }
}
