package org.probationinspections.domain.review;

/** Whether a regional observation is a key strength or a key area for improvement. */
public enum ObservationKind {
  KEY_STRENGTH,
  KEY_AREA_FOR_IMPROVEMENT
}
