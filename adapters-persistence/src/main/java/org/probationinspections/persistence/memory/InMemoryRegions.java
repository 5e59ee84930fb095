package org.probationinspections.persistence.memory;

import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Regions held in memory. */
public final class InMemoryRegions extends InMemoryUnits<RegionId, Region>
    implements RegionRepository {

  public InMemoryRegions(InMemoryStore store) {
    super(store, t -> t.regions, Region::name, Region::isNamed);
  }

  @Override
  public void add(Region region) {
    store.inTransaction(
        () -> {
          if (findByName(region.name()).isPresent() || findById(region.id()).isPresent()) {
            throw new ConflictException("a region named " + region.name() + " already exists");
          }
          put(region.id(), region);
          return null;
        });
  }
}
