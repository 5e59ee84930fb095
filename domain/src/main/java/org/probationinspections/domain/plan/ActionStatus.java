package org.probationinspections.domain.plan;

/** Where an action stands, as the inspected body reports it. */
public enum ActionStatus {
  PLANNED,
  IN_PROGRESS,
  COMPLETED,
  COMPLETED_AND_ONGOING;

  public boolean isDone() {
    return this == COMPLETED || this == COMPLETED_AND_ONGOING;
  }
}
