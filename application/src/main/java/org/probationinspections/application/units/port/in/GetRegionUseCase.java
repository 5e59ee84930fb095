package org.probationinspections.application.units.port.in;

import java.util.Optional;

/** One region by its id, with its number of PDUs, without listing the others. */
public interface GetRegionUseCase {

  /** The region with this id; empty when there is none. */
  Optional<RegionView> byId(String id);
}
