package org.probationinspections.application.port.in.interchange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** One change of an action's target month. */
public record TargetRevisionDocument(
    Optional<YearMonth> from, YearMonth to, String reason, String by, LocalDate on) {

  public TargetRevisionDocument {
    from = Interchange.orEmpty(from);
  }
}
