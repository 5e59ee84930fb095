package org.probationinspections.domain.flag;

import java.time.Instant;
import org.probationinspections.domain.common.Require;

/**
 * What a person decided about a flag: the guess is right (confirmed), or the record was put right
 * (corrected), with a note saying what they checked or changed.
 */
public record Resolution(Outcome outcome, String note, String by, Instant at) {

  /** Confirmed as guessed, or corrected. */
  public enum Outcome {
    CONFIRMED("confirmed"),
    CORRECTED("corrected");

    private final String words;

    Outcome(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public Resolution {
    Require.present("outcome", outcome);
    note = Require.withinLimit("note", Require.optionalText(note));
    by = Require.text("by", by);
    Require.present("at", at);
  }
}
