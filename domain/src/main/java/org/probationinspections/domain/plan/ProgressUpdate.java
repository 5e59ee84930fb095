package org.probationinspections.domain.plan;

import java.time.LocalDate;
import org.probationinspections.domain.common.Require;

/** A report of an action's progress: the new status, when, by whom and what was said. */
public record ProgressUpdate(LocalDate on, ActionStatus status, String note, String by) {

  public ProgressUpdate {
    Require.sensibleDate("progress.on", on);
    Require.present("progress.status", status);
    note = Require.withinLimit("progress.note", Require.optionalText(note));
    by = Require.text("progress.by", by);
  }
}
