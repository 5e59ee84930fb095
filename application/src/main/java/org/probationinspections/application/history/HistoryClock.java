package org.probationinspections.application.history;

import java.time.Instant;
import java.time.LocalDate;
import org.probationinspections.application.port.out.Clock;

/**
 * The clock of a history being written after the fact (the demo dataset): noon of the day it is set
 * to, until it is set again; before that, the real clock.
 */
public final class HistoryClock implements Clock {

  private final Clock real;
  private volatile LocalDate day;

  public HistoryClock(Clock real) {
    this.real = real;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  @Override
  public Instant now() {
    LocalDate set = day;
    return set == null ? real.now() : real.startOf(set).plusSeconds(12 * 3600);
  }

  @Override
  public LocalDate today() {
    LocalDate set = day;
    return set == null ? real.today() : set;
  }

  @Override
  public Instant startOf(LocalDate date) {
    return real.startOf(date);
  }
}
