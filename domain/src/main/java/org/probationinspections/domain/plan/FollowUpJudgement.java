package org.probationinspections.domain.plan;

/** The inspectorate's judgement of an item's progress at follow-up. */
public enum FollowUpJudgement {
  NO_PROGRESS("No progress"),
  INSUFFICIENT_PROGRESS("Insufficient progress"),
  REASONABLE_PROGRESS("Reasonable progress"),
  GOOD_PROGRESS("Good progress");

  private final String label;

  FollowUpJudgement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether this judgement allows the item to be closed. */
  public boolean allowsClosing() {
    return this == REASONABLE_PROGRESS || this == GOOD_PROGRESS;
  }
}
