package org.probationinspections.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitName;

/** Regions in a list, found by name as the port says: compared by {@link UnitName#key}. */
public final class MemoryRegions implements RegionRepository {

  private final List<Region> regions = new ArrayList<>();

  @Override
  public Optional<Region> findById(RegionId id) {
    return regions.stream().filter(region -> region.id().equals(id)).findFirst();
  }

  @Override
  public Optional<Region> findByName(String name) {
    return regions.stream()
        .filter(region -> UnitName.key(region.name()).equals(UnitName.key(name)))
        .findFirst();
  }

  @Override
  public List<Region> findAll() {
    return regions.stream().sorted(Comparator.comparing(Region::name)).toList();
  }

  @Override
  public void add(Region region) {
    regions.add(region);
  }
}
