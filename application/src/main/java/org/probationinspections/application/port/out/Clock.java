package org.probationinspections.application.port.out;

import java.time.Instant;
import java.time.LocalDate;

/** The time, so that "overdue" and "now" can be fixed in tests. */
public interface Clock {

  Instant now();

  LocalDate today();
}
