package org.probationinspections.domain.consolidation;

import org.probationinspections.domain.common.Require;

/**
 * A recommendation that may be merged with others: its key, the unit that received it (two
 * recommendations of one unit are never suggested as a pair), and its text.
 */
public record Candidate(String key, String unit, String text) {

  public Candidate {
    key = Require.text("key", key);
    unit = Require.text("unit", unit);
    text = Require.text("text", text);
  }
}
