package org.probationinspections.application.plan.port.in;

import java.time.YearMonth;
import java.util.List;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * An open action due this month or overdue, with where it sits; {@code daysOverdue} is 0 for an
 * action due this month.
 */
public record MyActionView(
    String planId,
    String region,
    int item,
    int action,
    String text,
    List<String> owners,
    YearMonth target,
    ActionStatus status,
    long daysOverdue) {

  public MyActionView {
    owners = List.copyOf(owners);
  }

  public boolean overdue() {
    return daysOverdue > 0;
  }
}
