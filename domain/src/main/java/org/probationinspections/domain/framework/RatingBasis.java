package org.probationinspections.domain.framework;

/** How a standard gets its rating under a framework. */
public enum RatingBasis {
  /** Inspectors' judgement, limited by the framework's decision rules. */
  JUDGEMENT,
  /** The lowest key-question result, placed in the key-question bands. */
  KEY_QUESTIONS,
  /** Reported but never rated (such as outcomes). */
  NEVER_RATED
}
