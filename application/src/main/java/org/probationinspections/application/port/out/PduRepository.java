package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Stores inspected units with their aliases: PDUs, and the regions' and the national service's own
 * units (a {@link org.probationinspections.domain.unit.UnitLevel}), which the look-ups return too.
 */
public interface PduRepository {

  Optional<Pdu> findById(PduId id);

  /** Finds the PDU whose name or alias matches, as {@code Pdu.isNamed} compares names. */
  Optional<Pdu> findByName(String name);

  /** All PDUs, by name. */
  List<Pdu> findAll();

  List<Pdu> findByRegion(RegionId region);

  /**
   * How many PDUs (units at the PDU level) each region has, counted by the store; regions without
   * PDUs are absent.
   */
  Map<RegionId, Integer> countByRegion();

  /** Adds a PDU, or replaces the stored one with the same id (a new alias, say). */
  void save(Pdu pdu);

  /**
   * Adds a new PDU; refused with a conflict when its id is stored already or one of its names
   * belongs to another PDU. Unlike {@link #save}, it needs no look-up of a stored state first.
   */
  void add(Pdu pdu);
}
