package org.probationinspections.domain.inspection;

/** Where a standard's rating comes from. */
public enum RatingSource {
  /** Computed by the framework from the key-question results. */
  KEY_QUESTIONS,
  /** The inspectors' judgement, checked against the decision rules. */
  JUDGEMENT,
  /** Taken as published, because no data to compute it from was recorded. */
  PUBLISHED
}
