package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Stores regions. Names are unique as {@code UnitName.key} compares them. */
public interface RegionRepository {

  Optional<Region> findById(RegionId id);

  /** Finds a region by its name as documents write it ("North West region"). */
  Optional<Region> findByName(String name);

  /** All regions, by name. */
  List<Region> findAll();

  void add(Region region);
}
