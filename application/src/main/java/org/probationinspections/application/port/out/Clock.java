package org.probationinspections.application.port.out;

import java.time.Instant;
import java.time.LocalDate;

/** The time, so that "overdue" and "now" can be fixed in tests. */
public interface Clock {

  Instant now();

  LocalDate today();

  /** The first instant of {@code day} where the documents are dated: where "on a date" begins. */
  Instant startOf(LocalDate day);
}
