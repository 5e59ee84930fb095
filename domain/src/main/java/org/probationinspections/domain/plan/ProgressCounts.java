package org.probationinspections.domain.plan;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Actions counted by where they stand on a date. Overdue actions are counted as overdue only, so
 * that the four counts add up to the total.
 */
public record ProgressCounts(int done, int inProgress, int planned, int overdue) {

  public static final ProgressCounts NONE = new ProgressCounts(0, 0, 0, 0);

  public static ProgressCounts of(Collection<Action> actions, LocalDate asOf) {
    int done = 0;
    int inProgress = 0;
    int planned = 0;
    int overdue = 0;
    for (Action action : actions) {
      if (action.status().isDone()) {
        done++;
      } else if (action.isOverdue(asOf)) {
        overdue++;
      } else if (action.status() == ActionStatus.IN_PROGRESS) {
        inProgress++;
      } else {
        planned++;
      }
    }
    return new ProgressCounts(done, inProgress, planned, overdue);
  }

  public int total() {
    return done + inProgress + planned + overdue;
  }

  /** These counts taken {@code times} over: the counts of that many actions alike. */
  public ProgressCounts times(int times) {
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative, was " + times);
    }
    return new ProgressCounts(done * times, inProgress * times, planned * times, overdue * times);
  }

  public ProgressCounts plus(ProgressCounts other) {
    return new ProgressCounts(
        done + other.done,
        inProgress + other.inProgress,
        planned + other.planned,
        overdue + other.overdue);
  }
}
