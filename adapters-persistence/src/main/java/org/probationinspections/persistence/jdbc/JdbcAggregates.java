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
public abstract class JdbcAggregates<K, V> extends JdbcStore {

  private final Versions versions;
  private final Function<K, String> idValue;

  /**
   * @param idValue the id's value, as the {@code id} column holds it
   */
  protected JdbcAggregates(
      JdbcTransactions transactions, Versions versions, Function<K, String> idValue) {
    super(transactions);
    this.versions = versions;
    this.idValue = idValue;
  }

  public Optional<V> findById(K id) {
    return load(versions.byId(), idValue.apply(id)).stream().findFirst();
  }

  public List<V> findAll() {
    return load(Scope.ALL, "");
  }

  /** Ids read together in one scope: each is a bound value. */
  private static final int IDS_AT_ONCE = 200;

  /**
   * The aggregates with these ids, in the order given (an unknown id left out), read a couple of
   * hundred at a time with their children by {@code parentKey}; {@code idOf} names each one read.
   */
  protected List<V> findByIds(List<K> ids, String parentKey, Function<V, K> idOf) {
    List<String> values = ids.stream().map(idValue).distinct().toList();
    java.util.Map<String, V> found = new java.util.HashMap<>();
    transactions.read(
        handle -> {
          for (int start = 0; start < values.size(); start += IDS_AT_ONCE) {
            Scope scope =
                Scope.ids(
                    parentKey, values.subList(start, Math.min(values.size(), start + IDS_AT_ONCE)));
            load(handle, scope, "").forEach(v -> found.put(idValue.apply(idOf.apply(v)), v));
          }
          return null;
        });
    return ids.stream()
        .map(id -> found.get(idValue.apply(id)))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /**
   * The aggregates of a scope. One read by id is an aggregate about to be changed when the
   * transaction may write: its row is then locked first ({@link JdbcTransactions#readById}).
   */
  public List<V> load(Scope scope, String key) {
    return scope == versions.byId()
        ? transactions.readById(versions, key, handle -> load(handle, scope, key))
        : transactions.read(handle -> load(handle, scope, key));
  }

  /** The aggregates of a scope, read on the transaction's handle. */
  public abstract List<V> load(Handle handle, Scope scope, String key);

  /**
   * Saves the aggregate with id {@code id}, read at version {@code read}: its row, by {@code
   * insert} when it is new or {@code update} when it is stored (as {@link Versions#save} takes
   * them), with what {@code columns} binds, then what {@code children} writes.
   *
   * @return the version written
   */
  public long save(
      String insert,
      String update,
      String id,
      long read,
      Consumer<Update> columns,
      Consumer<Handle> children) {
    return transactions.write(
        handle -> {
          long next = versions.save(handle, id, id, read, insert, update, columns);
          children.accept(handle);
          return next;
        });
  }
}
