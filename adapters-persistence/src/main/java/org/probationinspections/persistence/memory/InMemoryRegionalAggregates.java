package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.probationinspections.domain.unit.RegionId;

/**
 * An in-memory repository of versioned aggregates that each belong to one region (regional reviews,
 * action plans), found by their region too.
 *
 * @param <K> the aggregate's id
 * @param <V> the aggregate
 */
abstract class InMemoryRegionalAggregates<K, V> extends InMemoryAggregates<K, V> {

  private final Function<V, RegionId> region;

  InMemoryRegionalAggregates(
      InMemoryStore store,
      Versions<K, V> versions,
      Comparator<? super V> order,
      Function<V, RegionId> region) {
    super(store, versions, order);
    this.region = region;
  }

  /** The region's aggregates, in the repository's order. */
  public List<V> findByRegion(RegionId region) {
    return sorted(aggregate -> this.region.apply(aggregate).equals(region));
  }
}
