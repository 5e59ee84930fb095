package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.probationinspections.persistence.memory.InMemoryStore.Tables;

/**
 * An in-memory repository of units (regions, PDUs): listed by name, and found by any name they are
 * known by, as the unit itself compares names.
 *
 * @param <K> the unit's id
 * @param <V> the unit
 */
abstract class InMemoryUnits<K, V> extends InMemoryRepository<K, V> {

  private final BiPredicate<V, String> isNamed;

  InMemoryUnits(
      InMemoryStore store,
      Function<Tables, Map<K, V>> table,
      Function<V, String> name,
      BiPredicate<V, String> isNamed) {
    super(store, table, Comparator.comparing(name));
    this.isNamed = isNamed;
  }

  public Optional<V> findByName(String name) {
    return first(unit -> isNamed.test(unit, name));
  }
}
