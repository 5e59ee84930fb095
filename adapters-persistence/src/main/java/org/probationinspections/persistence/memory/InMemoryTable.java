package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.probationinspections.persistence.memory.InMemoryStore.Tables;

/**
 * What the in-memory repositories do alike over their map of the {@link InMemoryStore}: find a
 * record by its key, list records in the repository's order, put and remove one in a unit of work.
 * Records are handed out as {@code handedOut} makes them from the stored ones: as stored, for
 * immutable records; as copies, for mutable aggregates (each copied by its {@code atVersion}).
 *
 * @param <K> the record's key
 * @param <V> the record
 */
abstract class InMemoryTable<K, V> {

  final InMemoryStore store;
  private final Function<Tables, Map<K, V>> table;
  private final Comparator<? super V> order;
  private final UnaryOperator<V> handedOut;

  /** Over a map of immutable records, handed out as stored and never listed. */
  InMemoryTable(InMemoryStore store, Function<Tables, Map<K, V>> table) {
    this(store, table, (a, b) -> 0);
  }

  /** Over a map of immutable records, handed out as stored. */
  InMemoryTable(
      InMemoryStore store, Function<Tables, Map<K, V>> table, Comparator<? super V> order) {
    this(store, table, order, stored -> stored);
  }

  InMemoryTable(
      InMemoryStore store,
      Function<Tables, Map<K, V>> table,
      Comparator<? super V> order,
      UnaryOperator<V> handedOut) {
    this.store = store;
    this.table = table;
    this.order = order;
    this.handedOut = handedOut;
  }

  /** The record stored under {@code key}. */
  Optional<V> stored(K key) {
    return store.read(t -> Optional.ofNullable(table.apply(t).get(key)).map(handedOut));
  }

  /** The stored records that {@code filter} accepts, in the repository's order. */
  List<V> sorted(Predicate<? super V> filter) {
    return store.read(
        t -> table.apply(t).values().stream().filter(filter).sorted(order).map(handedOut).toList());
  }

  /** The first record, in the order they were stored, that {@code filter} accepts. */
  Optional<V> first(Predicate<? super V> filter) {
    return store.read(
        t -> table.apply(t).values().stream().filter(filter).findFirst().map(handedOut));
  }

  /** Stores {@code value} under {@code key}, in a unit of work. */
  void put(K key, V value) {
    store.inTransaction(() -> store.read(t -> table.apply(t).put(key, value)));
  }

  /** Removes the record stored under {@code key}, if any, in a unit of work. */
  void delete(K key) {
    store.inTransaction(() -> store.read(t -> table.apply(t).remove(key)));
  }
}
