package org.probationinspections.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.probationinspections.application.port.out.Clock;

/** A clock standing at the start of one day, in UTC. */
public record FixedClock(LocalDate day) implements Clock {

  @Override
  public Instant now() {
    return startOf(day);
  }

  @Override
  public LocalDate today() {
    return day;
  }

  @Override
  public Instant startOf(LocalDate date) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
