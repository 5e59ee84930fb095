package org.probationinspections.domain.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.probationinspections.domain.common.Require;

/**
 * When an action plan is due: a number of days after the date of the letter it answers (a setting;
 * the default is an assumption, see the README), and whether a plan came in on time.
 */
public record PlanDueClock(int days) {

  /** (assumed) six weeks after the letter. */
  public static final int DEFAULT_DAYS = 42;

  public PlanDueClock {
    Require.positive("planDueDays", days);
  }

  public LocalDate due(LocalDate letterDate) {
    return letterDate.plusDays(days);
  }

  /** Days after the due date the plan was submitted; 0 or less is on time. */
  public long daysLate(LocalDate letterDate, LocalDate submitted) {
    return ChronoUnit.DAYS.between(due(letterDate), submitted);
  }
}
