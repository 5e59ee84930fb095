package org.probationinspections.persistence.jdbc;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.probationinspections.application.port.out.UnitOfWork;

/**
 * The unit of work over Jdbi: one handle and one transaction per outermost call, kept in a thread
 * local so that the repositories, and nested units of work, use the same transaction.
 */
public final class JdbcTransactions implements UnitOfWork {

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  public JdbcTransactions(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return run(true, handle -> work.get());
  }

  /** Runs a write in the current transaction, or in a new one. */
  <T> T write(Function<Handle, T> work) {
    return run(true, work);
  }

  /** Runs a read in the current transaction, or in a new read-only one. */
  <T> T read(Function<Handle, T> work) {
    return run(false, work);
  }

  Dialect dialect() {
    return dialect;
  }

  private <T> T run(boolean writes, Function<Handle, T> work) {
    Handle joined = current.get();
    if (joined != null) {
      return work.apply(joined);
    }
    try (Handle handle = jdbi.open()) {
      dialect.beforeBegin(handle, writes);
      current.set(handle);
      try {
        return handle.inTransaction(h -> work.apply(h));
      } finally {
        current.remove();
      }
    }
  }
}
