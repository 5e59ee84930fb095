package org.probationinspections.application.units;

import java.util.Optional;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.units.port.in.GetRegionUseCase;
import org.probationinspections.application.units.port.in.RegionView;
import org.probationinspections.domain.unit.RegionId;

/** One region and its number of PDUs, counted by the store, in one read-only unit of work. */
record GetRegionService(RegionRepository regions, PduRepository pdus, UnitOfWork unitOfWork)
    implements GetRegionUseCase {

  @Override
  public Optional<RegionView> byId(String id) {
    return unitOfWork.reading(
        () ->
            regions
                .findById(new RegionId(id))
                .map(
                    region ->
                        new RegionView(
                            region.id().value(),
                            region.name(),
                            pdus.countByRegion().getOrDefault(region.id(), 0))));
  }
}
