package org.probationinspections.domain.plan;

import org.probationinspections.domain.common.Worded;

/** The inspectorate's judgement of an item's progress at follow-up. */
public enum FollowUpJudgement implements Worded {
  NO_PROGRESS,
  INSUFFICIENT_PROGRESS,
  REASONABLE_PROGRESS,
  GOOD_PROGRESS;

  /** Whether this judgement allows the item to be closed. */
  public boolean allowsClosing() {
    return this == REASONABLE_PROGRESS || this == GOOD_PROGRESS;
  }
}
