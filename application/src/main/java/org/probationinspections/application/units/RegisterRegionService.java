package org.probationinspections.application.units;

import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Registers a region whose name is not taken. */
public record RegisterRegionService(RegionRepository regions) implements RegisterRegionUseCase {

  @Override
  public RegionId register(Command command) {
    if (regions.findByName(command.name()).isPresent()) {
      throw new ConflictException("a region named " + command.name() + " already exists");
    }
    Region region = new Region(RegionId.newId(), command.name());
    regions.add(region);
    return region.id();
  }
}
