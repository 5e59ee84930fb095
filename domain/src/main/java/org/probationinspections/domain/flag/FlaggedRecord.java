package org.probationinspections.domain.flag;

import org.probationinspections.domain.common.Require;

/** The record a flag is on: an inspection, a regional letter or an action plan, by its id. */
public record FlaggedRecord(Kind kind, String id) {

  /** The kinds of record an import stores. */
  public enum Kind {
    INSPECTION("inspection"),
    REVIEW("regional letter"),
    ACTION_PLAN("action plan");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** The kind as a person says it. */
    public String words() {
      return words;
    }
  }

  public FlaggedRecord {
    Require.present("kind", kind);
    id = Require.text("record", id);
  }
}
