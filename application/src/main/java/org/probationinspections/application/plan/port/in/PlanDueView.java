package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether an action plan came in on time: due {@code dueDays} after its letter's date. Without a
 * letter (a plan answering one inspection) there is no due date.
 */
public record PlanDueView(
    String planId,
    int dueDays,
    Optional<LocalDate> letterDate,
    Optional<LocalDate> due,
    LocalDate submitted,
    boolean onTime,
    long daysLate) {

  public String verdict() {
    if (due.isEmpty()) {
      return "no letter to date it from";
    }
    return onTime
        ? "on time (due " + due.get() + ")"
        : "late by " + daysLate + (daysLate == 1 ? " day" : " days") + " (due " + due.get() + ")";
  }
}
