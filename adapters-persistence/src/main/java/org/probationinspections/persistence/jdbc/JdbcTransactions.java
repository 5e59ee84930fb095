package org.probationinspections.persistence.jdbc;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.probationinspections.application.port.out.UnitOfWork;

/**
 * The unit of work over Jdbi: one handle and one transaction per outermost call, kept in a thread
 * local so that the repositories, and nested units of work, use the same transaction. A read-only
 * one ({@link #reading}, and a repository's read outside any unit of work) refuses writes before
 * they reach the database; PostgreSQL is told too (BEGIN READ ONLY, sent with the first statement).
 */
public final class JdbcTransactions implements UnitOfWork {

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final ThreadLocal<Current> current = new ThreadLocal<>();

  /** The transaction under way on this thread, and whether it may write. */
  private record Current(Handle handle, boolean writes) {}

  public JdbcTransactions(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return run(true, handle -> work.get());
  }

  @Override
  public <T> T reading(Supplier<T> work) {
    return run(false, handle -> work.get());
  }

  /** Runs a write in the current transaction, or in a new one. */
  <T> T write(Function<Handle, T> work) {
    return run(true, work);
  }

  /** Runs a read in the current transaction, or in a new read-only one. */
  <T> T read(Function<Handle, T> work) {
    return run(false, work);
  }

  /**
   * Runs a read of one statement in the current transaction, or alone: one statement sees one state
   * of the database by itself, so it needs no transaction of its own (which, on PostgreSQL, costs
   * the COMMIT's round trip). Only for work that sends a single statement.
   */
  <T> T readOneStatement(Function<Handle, T> work) {
    Current joined = current.get();
    if (joined != null) {
      return work.apply(joined.handle());
    }
    try (Handle handle = jdbi.open()) {
      return work.apply(handle);
    }
  }

  Dialect dialect() {
    return dialect;
  }

  private <T> T run(boolean writes, Function<Handle, T> work) {
    Current joined = current.get();
    if (joined != null) {
      if (writes && !joined.writes()) {
        throw new IllegalStateException("a write inside a read-only unit of work");
      }
      return work.apply(joined.handle());
    }
    try (Handle handle = jdbi.open()) {
      dialect.beforeBegin(handle, writes);
      current.set(new Current(handle, writes));
      try {
        return handle.inTransaction(h -> work.apply(h));
      } finally {
        current.remove();
      }
    }
  }
}
