package org.probationinspections.cli.wiring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.probationinspections.application.port.out.Clock;

/** The machine's clock, in the United Kingdom's time zone, where the documents are dated. */
final class SystemClock implements Clock {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(UK);
  }

  @Override
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(UK).toInstant();
  }
}
