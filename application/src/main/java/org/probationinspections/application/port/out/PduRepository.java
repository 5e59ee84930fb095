package org.probationinspections.application.port.out;

import java.util.Comparator;
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
   * A page of the units of a region (or of all), by name and then id, starting after {@code after}:
   * at most {@code limit} of them, read by the store's keys.
   */
  List<Pdu> page(Optional<RegionId> region, Optional<PduKey> after, int limit);

  /** Where a unit sits in the order of {@link #page}. */
  record PduKey(String name, PduId id) {

    /** The order of {@link #page}: by name, then by id. */
    public static final Comparator<Pdu> ORDER =
        Comparator.comparing(Pdu::name).thenComparing(pdu -> pdu.id().value());

    public static PduKey of(Pdu pdu) {
      return new PduKey(pdu.name(), pdu.id());
    }

    /** Whether {@code pdu} comes after this key in that order. */
    public boolean isBefore(Pdu pdu) {
      int byName = pdu.name().compareTo(name);
      return byName > 0 || (byName == 0 && pdu.id().value().compareTo(id.value()) > 0);
    }

    /** The page of {@code units} after {@code after}, in that order: for stores held in memory. */
    public static List<Pdu> page(List<Pdu> units, Optional<PduKey> after, int limit) {
      return units.stream()
          .sorted(ORDER)
          .filter(pdu -> after.map(key -> key.isBefore(pdu)).orElse(true))
          .limit(limit)
          .toList();
    }
  }

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
