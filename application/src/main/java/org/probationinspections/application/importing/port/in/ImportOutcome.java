package org.probationinspections.application.importing.port.in;

import java.util.List;

/** What an import did: which record, whether it was new, changed or already there, and why. */
public record ImportOutcome(String kind, String recordId, Effect effect, List<String> notes) {

  public ImportOutcome {
    notes = List.copyOf(notes);
  }

  /** Created a record, updated one, or found the same content already stored. */
  public enum Effect {
    CREATED,
    UPDATED,
    UNCHANGED
  }
}
