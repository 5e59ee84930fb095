package org.probationinspections.domain.inspection;

import org.probationinspections.domain.common.Require;

/** A strength or area for improvement that inspectors found under one standard. */
public record Finding(String standardCode, FindingKind kind, String text) {

  public Finding {
    standardCode = Require.text("finding.standard", standardCode);
    Require.present("finding.kind", kind);
    text = Require.text("finding.text", text);
  }
}
