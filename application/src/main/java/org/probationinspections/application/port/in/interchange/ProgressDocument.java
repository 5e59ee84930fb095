package org.probationinspections.application.port.in.interchange;

import java.time.LocalDate;
import org.probationinspections.domain.plan.ActionStatus;

/** One progress report on an action. */
public record ProgressDocument(LocalDate on, ActionStatus status, String note, String by) {}
