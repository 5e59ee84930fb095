package org.probationinspections.application.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.port.in.ListRegionsUseCase;
import org.probationinspections.application.port.in.RegionView;
import org.probationinspections.domain.unit.RegionId;

/** Every region with its number of PDUs. */
public final class ListRegionsService implements ListRegionsUseCase {

  private final Directory directory;

  ListRegionsService(Directory directory) {
    this.directory = directory;
  }

  @Override
  public List<RegionView> list() {
    // Counted in one pass: a scan per region is quadratic at many times national size.
    Map<RegionId, Integer> pdus = new HashMap<>();
    directory.pdus().findAll().forEach(pdu -> pdus.merge(pdu.regionId(), 1, Integer::sum));
    return directory.regions().findAll().stream()
        .map(
            region ->
                new RegionView(
                    region.id().value(), region.name(), pdus.getOrDefault(region.id(), 0)))
        .toList();
  }
}
