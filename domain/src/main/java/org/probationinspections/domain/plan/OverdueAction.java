package org.probationinspections.domain.plan;

/** An action past the end of its target month and not completed. */
public record OverdueAction(ActionRef ref, Action action, long daysOverdue) {}
