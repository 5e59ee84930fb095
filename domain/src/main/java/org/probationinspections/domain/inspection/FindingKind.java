package org.probationinspections.domain.inspection;

/** Whether a finding is a strength or an area for improvement. */
public enum FindingKind {
  STRENGTH,
  AREA_FOR_IMPROVEMENT
}
