package org.probationinspections.domain.review;

import org.probationinspections.domain.common.Require;

/** One regional observation under a theme such as "Leadership" or "Staff". */
public record Observation(String theme, ObservationKind kind, String text) {

  public Observation {
    theme = Require.text("observation.theme", theme);
    Require.present("observation.kind", kind);
    text = Require.text("observation.text", text);
  }
}
