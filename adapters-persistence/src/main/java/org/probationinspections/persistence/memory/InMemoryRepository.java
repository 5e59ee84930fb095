package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.probationinspections.persistence.memory.InMemoryStore.Tables;

/**
 * An in-memory repository whose port finds a record by its id and lists every record: both are
 * answered here, from the repository's map and in its order.
 *
 * @param <K> the record's id
 * @param <V> the record
 */
abstract class InMemoryRepository<K, V> extends InMemoryTable<K, V> {

  /** Over a map of immutable records, handed out as stored. */
  InMemoryRepository(
      InMemoryStore store, Function<Tables, Map<K, V>> table, Comparator<? super V> order) {
    super(store, table, order);
  }

  /** Over a map of records handed out as {@code handedOut} makes them from the stored ones. */
  InMemoryRepository(
      InMemoryStore store,
      Function<Tables, Map<K, V>> table,
      Comparator<? super V> order,
      UnaryOperator<V> handedOut) {
    super(store, table, order, handedOut);
  }

  public Optional<V> findById(K id) {
    return stored(id);
  }

  public List<V> findAll() {
    return sorted(any -> true);
  }
}
