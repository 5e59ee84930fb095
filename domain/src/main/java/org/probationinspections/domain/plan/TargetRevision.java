package org.probationinspections.domain.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.probationinspections.domain.common.Require;

/** A change of an action's target month, with its reason: deferrals are never silent. */
public record TargetRevision(
    Optional<YearMonth> from, YearMonth to, String reason, String by, LocalDate on) {

  public TargetRevision {
    Require.present("revision.from", from);
    from.ifPresent(month -> Require.sensibleMonth("revision.from", month));
    Require.sensibleMonth("revision.to", to);
    reason = Require.text("revision.reason", reason);
    by = Require.text("revision.by", by);
    Require.sensibleDate("revision.on", on);
  }
}
