package org.probationinspections.persistence.jdbc;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.port.out.UnitOfWork.ReadBudgetExceededException;

/**
 * The unit of work over Jdbi: one handle and one transaction per outermost call, kept in a thread
 * local so that the repositories, and nested units of work, use the same transaction. A read-only
 * one ({@link #reading}, and a repository's read outside any unit of work) refuses writes before
 * they reach the database; PostgreSQL is told too (BEGIN READ ONLY, sent with the first statement).
 *
 * <p>Both stores give a unit of work the same isolation (ADR 17): a read-only one sees one
 * committed state throughout (SQLite's snapshot under WAL; PostgreSQL's REPEATABLE READ), and a
 * writing one changes an aggregate only once no other writer can change it (SQLite: one writer at a
 * time; PostgreSQL: the aggregate's row is locked before it is read, {@link #readById}). A
 * transaction that PostgreSQL ends with a serialization failure or a deadlock is run again, whole,
 * a few times: it wrote nothing, and the work given to a unit of work reads and writes through the
 * repositories only, so running it again is running it once.
 *
 * <p>A transaction also keeps the records its repositories chose to keep ({@link #kept}): a region
 * or PDU read once, or a PDU's name looked up once, is not read again before the transaction ends,
 * unless it is written.
 */
public final class JdbcTransactions implements UnitOfWork {

  /** How many times an outermost transaction is tried when the database asks for a retry. */
  static final int ATTEMPTS = 4;

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final ThreadLocal<Current> current = new ThreadLocal<>();

  /** How long one statement of a read-only unit of work may run; none by default. */
  private volatile Optional<Duration> readBudget = Optional.empty();

  /** The transaction under way on this thread, whether it may write, and what it keeps. */
  private record Current(Handle handle, boolean writes, Map<Object, Optional<?>> kept) {}

  public JdbcTransactions(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  /**
   * Stops any statement of a read-only unit of work that runs longer than {@code budget} (a server
   * sets this: one request must not hold a connection and a core for ever); the read then fails
   * with {@link ReadBudgetExceededException}. Writes are not limited: an import or a migration
   * takes what it takes.
   */
  public void limitReads(Duration budget) {
    if (budget.isNegative() || budget.isZero() || budget.toSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a read budget of whole seconds, at least 1: " + budget);
    }
    readBudget = Optional.of(budget);
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
  public <T> T write(Function<Handle, T> work) {
    return run(true, work);
  }

  /** Runs a read in the current transaction, or in a new read-only one. */
  public <T> T read(Function<Handle, T> work) {
    return run(false, work);
  }

  /**
   * Runs one statement that writes ({@code INSERT}, {@code UPDATE}, {@code DELETE}), with the
   * values {@code values} binds, in the current transaction or a new one.
   *
   * @return the number of rows it changed
   */
  public int update(String sql, Consumer<Update> values) {
    return write(handle -> update(handle, sql, values));
  }

  /** Runs one statement that writes on the handle, with the values {@code values} binds. */
  public static int update(Handle handle, String sql, Consumer<Update> values) {
    Update update = handle.createUpdate(sql);
    values.accept(update);
    return update.execute();
  }

  /**
   * The rows of one query, with the values {@code values} binds, each mapped by {@code mapper},
   * read in the current transaction or a new read-only one.
   */
  public <T> List<T> list(String sql, Consumer<Query> values, RowMapper<T> mapper) {
    return read(
        handle -> {
          Query query = handle.createQuery(sql);
          values.accept(query);
          return query.map(mapper).list();
        });
  }

  /** The first row of one query, as {@link #list} reads it. */
  public <T> Optional<T> first(String sql, Consumer<Query> values, RowMapper<T> mapper) {
    return list(sql, values, mapper).stream().findFirst();
  }

  /**
   * Runs the read of one aggregate by its id, in the current transaction or in a new read-only one.
   * In a transaction that may write, the aggregate's row is locked first (on PostgreSQL, {@code
   * SELECT … FOR UPDATE}; SQLite's writer already holds the database): the read then sees the
   * latest committed state, and no other writer changes the aggregate before this one commits, so a
   * change that sends no version is never refused because another was saved meanwhile.
   */
  public <T> T readById(Versions aggregate, String id, Function<Handle, T> work) {
    return run(
        false,
        handle -> {
          if (current.get().writes()) {
            dialect.lockForUpdate(handle, aggregate.table(), id);
          }
          return work.apply(handle);
        });
  }

  /**
   * Runs a read of one statement in the current transaction, or alone: one statement sees one state
   * of the database by itself, so it needs no transaction of its own (which, on PostgreSQL, costs
   * the COMMIT's round trip). Only for work that sends a single statement.
   */
  public <T> T readOneStatement(Function<Handle, T> work) {
    Current joined = current.get();
    if (joined != null) {
      return work.apply(joined.handle());
    }
    try (Handle handle = jdbi.open()) {
      return budgeted(handle, () -> work.apply(handle));
    }
  }

  /**
   * Runs a read-only {@code work} on {@code handle} within the read budget, if there is one: the
   * database stops whatever runs when the budget is spent, and the read fails.
   */
  private <T> T budgeted(Handle handle, Supplier<T> work) {
    Optional<Duration> budget = readBudget;
    if (budget.isEmpty()) {
      return work.get();
    }
    try (Dialect.Watch watch = dialect.stopAfter(handle, budget.get())) {
      return work.get();
    } catch (RuntimeException e) {
      if (dialect.timedOut(e)) {
        throw new ReadBudgetExceededException(budget.get(), e);
      }
      throw e;
    }
  }

  /**
   * A record as the current transaction has read it, by a key naming its table and id (or the
   * look-up that found it, or found nothing): read the first time, kept until the transaction ends,
   * so that a use case naming the same region or PDU many times (the document it stores, the audit
   * entry's copy) reads it once. A record the transaction has not yet read is read; outside a
   * transaction it is always read. Whoever writes a kept table must {@link #forget} it in the same
   * transaction; nothing else writes it meanwhile on SQLite (one writer at a time), and on
   * PostgreSQL the transaction sees the row as it first read it, as REPEATABLE READ would.
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> kept(Object key, Supplier<Optional<T>> read) {
    Current joined = current.get();
    if (joined == null) {
      return read.get();
    }
    Optional<?> known = joined.kept().get(key);
    if (known != null) {
      return (Optional<T>) known;
    }
    Optional<T> fresh = read.get();
    joined.kept().put(key, fresh);
    return fresh;
  }

  /** Keeps a record the current transaction has just written or read by other means. */
  public void keep(Object key, Object record) {
    Current joined = current.get();
    if (joined != null) {
      joined.kept().put(key, Optional.of(record));
    }
  }

  /** Forgets every kept record whose key is of this type, before a write of its table. */
  public void forget(Class<?> keyType) {
    Current joined = current.get();
    if (joined != null) {
      joined.kept().keySet().removeIf(keyType::isInstance);
    }
  }

  public Dialect dialect() {
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
    for (int attempt = 1; ; attempt++) {
      try {
        return once(writes, work);
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS || !dialect.asksForRetry(e)) {
          throw e;
        }
      }
    }
  }

  private <T> T once(boolean writes, Function<Handle, T> work) {
    try (Handle handle = jdbi.open()) {
      dialect.beforeBegin(handle, writes);
      current.set(new Current(handle, writes, new HashMap<>()));
      try {
        Supplier<T> transaction =
            () ->
                handle.inTransaction(
                    h -> {
                      dialect.afterBegin(h, writes);
                      return work.apply(h);
                    });
        return writes ? transaction.get() : budgeted(handle, transaction);
      } finally {
        current.remove();
      }
    }
  }
}
