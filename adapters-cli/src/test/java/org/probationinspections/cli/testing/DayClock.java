package org.probationinspections.cli.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.testing.FixedClock;

/** A clock at ten in the morning (UTC) of a day the test may move. */
public final class DayClock implements Clock {

  private static final Duration TEN_IN_THE_MORNING = Duration.ofHours(10);

  private volatile FixedClock day;

  public DayClock(LocalDate day) {
    moveTo(day);
  }

  /** From now on, the clock is at ten in the morning of {@code day}. */
  public void moveTo(LocalDate day) {
    this.day = new FixedClock(day);
  }

  @Override
  public Instant now() {
    return day.now().plus(TEN_IN_THE_MORNING);
  }

  @Override
  public LocalDate today() {
    return day.today();
  }

  @Override
  public Instant startOf(LocalDate date) {
    return day.startOf(date);
  }
}
