package org.probationinspections.domain.consolidation;

/** A person's answer to a suggested group: answer it with one item, or keep them apart. */
public enum Verdict {
  ACCEPTED,
  REJECTED
}
