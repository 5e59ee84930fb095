package org.probationinspections.application.service;

import java.util.HashMap;
import java.util.Map;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Every PDU and region, read once for a view that names many of them. */
final class Names {

  private final Map<PduId, Pdu> pdus = new HashMap<>();
  private final Map<RegionId, Region> regions = new HashMap<>();

  Names(Directory directory) {
    directory.pdus().findAll().forEach(pdu -> pdus.put(pdu.id(), pdu));
    directory.regions().findAll().forEach(region -> regions.put(region.id(), region));
  }

  Pdu pdu(PduId id) {
    Pdu pdu = pdus.get(id);
    if (pdu == null) {
      throw new NotFoundException("PDU", id.value());
    }
    return pdu;
  }

  Region region(RegionId id) {
    Region region = regions.get(id);
    if (region == null) {
      throw new NotFoundException("Region", id.value());
    }
    return region;
  }

  Region regionOf(PduId id) {
    return region(pdu(id).regionId());
  }
}
