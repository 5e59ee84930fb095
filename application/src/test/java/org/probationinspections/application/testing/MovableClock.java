package org.probationinspections.application.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.probationinspections.application.port.out.Clock;

/**
 * A clock at one time of day (UTC) on a day the test moves: what is done next is done that day.
 * Days begin as a {@link FixedClock}'s do.
 */
public final class MovableClock implements Clock {

  private final Duration intoTheDay;
  private volatile FixedClock day;

  public MovableClock(LocalDate day, LocalTime time) {
    this.intoTheDay = Duration.between(LocalTime.MIDNIGHT, time);
    this.day = new FixedClock(day);
  }

  public void moveTo(LocalDate next) {
    this.day = new FixedClock(next);
  }

  @Override
  public Instant now() {
    return day.now().plus(intoTheDay);
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
