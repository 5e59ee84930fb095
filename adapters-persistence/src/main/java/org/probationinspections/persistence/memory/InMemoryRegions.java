package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.Optional;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Regions held in memory. */
public final class InMemoryRegions extends InMemoryRepository<RegionId, Region>
    implements RegionRepository {

  public InMemoryRegions(InMemoryStore store) {
    super(store, t -> t.regions, Comparator.comparing(Region::name));
  }

  @Override
  public Optional<Region> findByName(String name) {
    return first(r -> r.isNamed(name));
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
