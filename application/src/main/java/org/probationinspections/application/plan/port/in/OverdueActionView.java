package org.probationinspections.application.plan.port.in;

import java.time.YearMonth;
import java.util.List;

/** An overdue action with where it sits: plan, region, item and action number. */
public record OverdueActionView(
    String planId,
    String region,
    int item,
    int action,
    String text,
    List<String> owners,
    YearMonth target,
    long daysOverdue) {}
