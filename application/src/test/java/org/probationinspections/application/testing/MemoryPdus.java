package org.probationinspections.application.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * PDUs in a map, found by name or alias as {@link Pdu#isNamed} compares them; as the port says, a
 * name that belongs to another PDU is refused.
 */
public final class MemoryPdus implements PduRepository {

  private final Map<PduId, Pdu> pdus = new LinkedHashMap<>();

  @Override
  public Optional<Pdu> findById(PduId id) {
    return Optional.ofNullable(pdus.get(id));
  }

  @Override
  public Optional<Pdu> findByName(String name) {
    return pdus.values().stream().filter(pdu -> pdu.isNamed(name)).findFirst();
  }

  @Override
  public List<Pdu> findAll() {
    return pdus.values().stream().sorted(Comparator.comparing(Pdu::name)).toList();
  }

  @Override
  public List<Pdu> findByRegion(RegionId region) {
    return findAll().stream().filter(pdu -> pdu.regionId().equals(region)).toList();
  }

  @Override
  public List<Pdu> page(Optional<RegionId> region, Optional<PduKey> after, int limit) {
    return PduKey.page(region.map(this::findByRegion).orElseGet(this::findAll), after, limit);
  }

  @Override
  public Map<RegionId, Integer> countByRegion() {
    return pdus.values().stream()
        .filter(pdu -> pdu.level() == org.probationinspections.domain.unit.UnitLevel.PDU)
        .collect(Collectors.groupingBy(Pdu::regionId, Collectors.summingInt(pdu -> 1)));
  }

  @Override
  public void save(Pdu pdu) {
    refuseNamesOfOthers(pdu);
    pdus.put(pdu.id(), pdu);
  }

  @Override
  public void add(Pdu pdu) {
    if (pdus.containsKey(pdu.id())) {
      throw new ConflictException("PDU " + pdu.id().value() + " is stored already");
    }
    save(pdu);
  }

  private void refuseNamesOfOthers(Pdu pdu) {
    for (Pdu other : pdus.values()) {
      if (other.id().equals(pdu.id())) {
        continue;
      }
      for (String name : names(pdu)) {
        if (other.isNamed(name)) {
          throw new ConflictException(name + " names the PDU " + other.name() + " already");
        }
      }
    }
  }

  private static List<String> names(Pdu pdu) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(pdu.name()), pdu.aliases().stream())
        .toList();
  }
}
