package org.probationinspections.application.units;

import java.util.List;
import java.util.Map;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.application.units.port.in.RegionName;
import org.probationinspections.application.units.port.in.RegionView;
import org.probationinspections.domain.unit.RegionId;

/**
 * Every region with its number of PDUs, or only its name for a filter. The store counts the PDUs:
 * loading every PDU to count them costs a request tens of thousands of objects at scale.
 */
record ListRegionsService(RegionRepository regions, PduRepository pdus)
    implements ListRegionsUseCase {

  @Override
  public List<RegionView> list() {
    Map<RegionId, Integer> counts = pdus.countByRegion();
    return regions.findAll().stream()
        .map(
            region ->
                new RegionView(
                    region.id().value(), region.name(), counts.getOrDefault(region.id(), 0)))
        .toList();
  }

  @Override
  public List<RegionName> names() {
    return regions.findAll().stream()
        .map(region -> new RegionName(region.id().value(), region.name()))
        .toList();
  }
}
