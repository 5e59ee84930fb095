package org.probationinspections.application.units.port.in;

import java.util.List;

/** Every region, by name. */
public interface ListRegionsUseCase {

  /** Every region with its number of PDUs, counted by the store. */
  List<RegionView> list();

  /**
   * Every region's id and name, by name: what a region filter needs. The service overrides this to
   * count nothing; the default derives the names from {@link #list()}.
   */
  default List<RegionName> names() {
    return list().stream().map(region -> new RegionName(region.id(), region.name())).toList();
  }
}
