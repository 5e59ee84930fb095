package org.probationinspections.application.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/**
 * The PDUs and regions a view names, each read once when first named: a page of a long list reads
 * the few it shows, not every unit there is.
 */
public final class Names {

  private final Directory directory;
  private final Map<PduId, Optional<Pdu>> pdus = new HashMap<>();
  private final Map<RegionId, Optional<Region>> regions = new HashMap<>();

  public Names(Directory directory) {
    this.directory = directory;
  }

  public Pdu pdu(PduId id) {
    return pdus.computeIfAbsent(id, directory.pdus()::findById)
        .orElseThrow(() -> new NotFoundException("PDU", id.value()));
  }

  public Region region(RegionId id) {
    return regions
        .computeIfAbsent(id, directory.regions()::findById)
        .orElseThrow(() -> new NotFoundException("Region", id.value()));
  }

  public Region regionOf(PduId id) {
    return region(pdu(id).regionId());
  }
}
