package org.probationinspections.persistence.memory;

import java.util.Comparator;

/**
 * An in-memory repository of versioned aggregates: held and handed out as copies, and saved with
 * their optimistic lock ({@link Versions#save}).
 *
 * @param <K> the aggregate's id
 * @param <V> the aggregate
 */
abstract class InMemoryAggregates<K, V> extends InMemoryRepository<K, V> {

  private final Versions<K, V> versions;

  InMemoryAggregates(InMemoryStore store, Versions<K, V> versions, Comparator<? super V> order) {
    super(store, versions.table(), order, versions::copy);
    this.versions = versions;
  }

  /**
   * Stores the aggregate at the next version, when the stored one is still at the version it was
   * read at.
   *
   * @return the version stored
   */
  public long save(V aggregate) {
    return versions.save(store, aggregate);
  }
}
