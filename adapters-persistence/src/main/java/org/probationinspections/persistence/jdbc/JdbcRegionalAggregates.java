package org.probationinspections.persistence.jdbc;

import java.util.List;
import java.util.function.Function;
import org.probationinspections.domain.unit.RegionId;

/**
 * Aggregates whose row names the region they belong to ({@code region_id}): action plans and
 * regional letters, read a region at a time as well as by id.
 *
 * @param <K> the aggregate's id
 * @param <V> the aggregate
 */
public abstract class JdbcRegionalAggregates<K, V> extends JdbcAggregates<K, V> {

  private final Scope byRegion;

  protected JdbcRegionalAggregates(
      JdbcTransactions transactions, Versions versions, Function<K, String> idValue) {
    super(transactions, versions, idValue);
    this.byRegion = versions.by("region_id");
  }

  /** The region's aggregates, in the order their scope reads them. */
  public List<V> findByRegion(RegionId region) {
    return load(byRegion, region.value());
  }
}
