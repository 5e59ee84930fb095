package org.probationinspections.application.testing;

import java.util.function.Supplier;
import org.probationinspections.application.port.out.UnitOfWork;

/**
 * A unit of work over fakes that keep what they are given at once: it runs the work, and counts.
 */
public final class DirectUnitOfWork implements UnitOfWork {

  private int transactions;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    transactions++;
    return work.get();
  }

  @Override
  public <T> T reading(Supplier<T> work) {
    return work.get();
  }

  /** How many writing units of work were begun. */
  public int transactions() {
    return transactions;
  }
}
