package org.probationinspections.application.service;

import java.util.List;
import org.probationinspections.application.port.in.ListRegionsUseCase;
import org.probationinspections.application.port.in.RegionView;

/** Every region with its number of PDUs. */
public final class ListRegionsService implements ListRegionsUseCase {

  private final Directory directory;

  ListRegionsService(Directory directory) {
    this.directory = directory;
  }

  @Override
  public List<RegionView> list() {
    var pdus = directory.pdus().findAll();
    return directory.regions().findAll().stream()
        .map(
            region ->
                new RegionView(
                    region.id().value(),
                    region.name(),
                    (int) pdus.stream().filter(p -> p.regionId().equals(region.id())).count()))
        .toList();
  }
}
