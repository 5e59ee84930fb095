package org.probationinspections.application.port.out;

import java.time.Duration;

/**
 * A read took longer than the store allows one statement (a server's budget for a request): it was
 * stopped so that one request cannot hold a connection, a core and its memory for ever, and the
 * others go on being served.
 */
public final class ReadBudgetExceededException extends RuntimeException {

  private final Duration budget;

  public ReadBudgetExceededException(Duration budget, Throwable cause) {
    super("a read took longer than the " + budget.toSeconds() + " s a request may take", cause);
    this.budget = budget;
  }

  public Duration budget() {
    return budget;
  }
}
