package org.probationinspections.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case in one transaction: everything it wrote is kept when it returns, and nothing when
 * it throws. Nested calls join the outer transaction.
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);
}
