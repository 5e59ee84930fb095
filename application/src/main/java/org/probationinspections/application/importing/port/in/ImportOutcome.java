package org.probationinspections.application.importing.port.in;

import java.util.List;

/**
 * What an import did: which record, whether it was new, changed or already there, and why. {@code
 * notes} holds everything reported on the record; {@code flags}, where given, those of them that
 * the rules raise (a published figure that disagrees with the computed one, say). {@code conflict}
 * says what the import did about changes stored since the document was made (merged or replaced,
 * and which); it is empty when there were none.
 */
public record ImportOutcome(
    String kind,
    String recordId,
    Effect effect,
    List<String> notes,
    List<String> flags,
    List<String> conflict) {

  public ImportOutcome {
    notes = List.copyOf(notes);
    flags = List.copyOf(flags);
    conflict = conflict == null ? List.of() : List.copyOf(conflict);
  }

  public ImportOutcome(
      String kind, String recordId, Effect effect, List<String> notes, List<String> flags) {
    this(kind, recordId, effect, notes, flags, List.of());
  }

  public ImportOutcome(String kind, String recordId, Effect effect, List<String> notes) {
    this(kind, recordId, effect, notes, List.of());
  }

  /**
   * This outcome as a dry run reports it: a record it would create has no id yet (the one it was
   * given in the transaction rolled back is nobody's), a record it would change or found unchanged
   * keeps its own.
   */
  public ImportOutcome asDryRun() {
    return effect == Effect.CREATED
        ? new ImportOutcome(kind, "", effect, notes, flags, conflict)
        : this;
  }

  /** Created a record, updated one, or found the same content already stored. */
  public enum Effect {
    CREATED,
    UPDATED,
    UNCHANGED
  }
}
