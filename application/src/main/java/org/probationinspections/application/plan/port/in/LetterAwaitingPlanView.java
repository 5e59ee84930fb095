package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;

/**
 * A regional letter no action plan answers yet: its region, date, how many inspections it covers,
 * the day a plan is due by, and how many days past that day it is (0 while it is not yet due).
 */
public record LetterAwaitingPlanView(
    String reviewId,
    String regionId,
    String region,
    LocalDate date,
    int inspections,
    LocalDate due,
    long daysPastDue) {}
