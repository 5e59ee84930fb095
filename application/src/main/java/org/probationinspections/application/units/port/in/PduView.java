package org.probationinspections.application.units.port.in;

import java.util.List;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * An inspected unit: its names, its region, and its level (a PDU, or a region's or the national
 * service's own unit).
 */
public record PduView(
    String id, String name, List<String> aliases, String regionId, String region, UnitLevel level) {

  /** The view of {@code pdu}, in the region named {@code region}. */
  public static PduView of(Pdu pdu, String region) {
    return new PduView(
        pdu.id().value(), pdu.name(), pdu.aliases(), pdu.regionId().value(), region, pdu.level());
  }

  /** Whether the unit is a PDU, not a region's or the national service's own unit. */
  public boolean atPduLevel() {
    return level == UnitLevel.PDU;
  }
}
