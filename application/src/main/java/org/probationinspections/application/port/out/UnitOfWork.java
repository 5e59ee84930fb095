package org.probationinspections.application.port.out;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a use case in one transaction: everything it wrote is kept when it returns, and nothing when
 * it throws. Nested calls join the outer transaction. A store may run the work of an outermost
 * transaction again when the database ends it for a conflict with another (a serialization failure
 * or a deadlock; ADR 17), so the work must have no effect outside the store.
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs a use case that only reads in one read-only transaction, so that its reads share one
   * connection and one begin and end instead of one each. Nested calls join the outer unit of work:
   * a read inside a write joins the write (and sees what it wrote so far). A write inside it, a
   * repository's save or a nested {@link #inTransaction}, is refused with an {@link
   * IllegalStateException} and writes nothing.
   */
  <T> T reading(Supplier<T> work);

  /**
   * A read took longer than the store allows (a server's budget for a request): it was stopped so
   * that one request cannot hold a connection, a core and its memory for ever, and the others go on
   * being served.
   */
  final class ReadBudgetExceededException extends RuntimeException {

    private final Duration budget;

    public ReadBudgetExceededException(Duration budget, Throwable cause) {
      super("a read took longer than the " + budget.toSeconds() + " s a request may take", cause);
      this.budget = budget;
    }

    public Duration budget() {
      return budget;
    }
  }
}
