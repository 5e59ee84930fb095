package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Regions held in memory. */
public final class InMemoryRegions implements RegionRepository {

  private final InMemoryStore store;

  public InMemoryRegions(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Region> findById(RegionId id) {
    return store.read(t -> Optional.ofNullable(t.regions.get(id)));
  }

  @Override
  public Optional<Region> findByName(String name) {
    return store.read(t -> t.regions.values().stream().filter(r -> r.isNamed(name)).findFirst());
  }

  @Override
  public List<Region> findAll() {
    return store.read(
        t -> t.regions.values().stream().sorted(Comparator.comparing(Region::name)).toList());
  }

  @Override
  public void add(Region region) {
    store.inTransaction(
        () -> {
          if (findByName(region.name()).isPresent() || findById(region.id()).isPresent()) {
            throw new ConflictException("a region named " + region.name() + " already exists");
          }
          return store.read(t -> t.regions.put(region.id(), region));
        });
  }
}
