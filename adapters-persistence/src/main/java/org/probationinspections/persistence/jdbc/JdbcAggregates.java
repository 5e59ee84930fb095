package org.probationinspections.persistence.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * What the repositories of the versioned aggregates with child tables do alike: find one by its id
 * or list them all, read the aggregates of a {@link Scope} (the row of one read by id locked first
 * when the transaction may write), and save one: its own row at the next version, checked against
 * the version it was read at ({@link Versions#save}), then its child rows, in one transaction.
 *
 * @param <K> the aggregate's id
 * @param <V> the aggregate
 */
abstract class JdbcAggregates<K, V> {

  final JdbcTransactions transactions;
  private final Versions versions;
  private final Function<K, String> idValue;
  private final String insert;
  private final String update;

  /**
   * @param idValue the id's value, as the {@code id} column holds it
   * @param insert the insert of a new aggregate's row, as {@link Versions#save} takes it
   * @param update the update of a stored aggregate's row, as {@link Versions#save} takes it
   */
  JdbcAggregates(
      JdbcTransactions transactions,
      Versions versions,
      Function<K, String> idValue,
      String insert,
      String update) {
    this.transactions = transactions;
    this.versions = versions;
    this.idValue = idValue;
    this.insert = insert;
    this.update = update;
  }

  public Optional<V> findById(K id) {
    return load(versions.byId(), idValue.apply(id)).stream().findFirst();
  }

  public List<V> findAll() {
    return load(Scope.ALL, "");
  }

  /**
   * The aggregates of a scope. One read by id is an aggregate about to be changed when the
   * transaction may write: its row is then locked first ({@link JdbcTransactions#readById}).
   */
  List<V> load(Scope scope, String key) {
    return scope == versions.byId()
        ? transactions.readById(versions, key, handle -> load(handle, scope, key))
        : transactions.read(handle -> load(handle, scope, key));
  }

  /** The aggregates of a scope, read on the transaction's handle. */
  abstract List<V> load(Handle handle, Scope scope, String key);

  /**
   * Saves the aggregate with id {@code id}, read at version {@code read}: its row, with what {@code
   * columns} binds, then what {@code children} writes.
   *
   * @return the version written
   */
  long save(String id, long read, Consumer<Update> columns, Consumer<Handle> children) {
    return transactions.write(
        handle -> {
          long next = versions.save(handle, id, id, read, insert, update, columns);
          children.accept(handle);
          return next;
        });
  }
}
