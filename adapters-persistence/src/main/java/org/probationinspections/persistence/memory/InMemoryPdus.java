package org.probationinspections.persistence.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;

/** PDUs held in memory. */
public final class InMemoryPdus extends InMemoryUnits<PduId, Pdu> implements PduRepository {

  public InMemoryPdus(InMemoryStore store) {
    super(store, t -> t.pdus, Pdu::name, Pdu::isNamed);
  }

  @Override
  public List<Pdu> findByRegion(RegionId region) {
    return sorted(p -> p.regionId().equals(region));
  }

  @Override
  public List<Pdu> page(Optional<RegionId> region, Optional<PduKey> after, int limit) {
    return PduKey.page(sorted(p -> region.map(p.regionId()::equals).orElse(true)), after, limit);
  }

  @Override
  public Map<RegionId, Integer> countByRegion() {
    return store.read(
        t -> {
          Map<RegionId, Integer> counts = new HashMap<>();
          t.pdus.values().stream()
              .filter(pdu -> pdu.level() == UnitLevel.PDU)
              .forEach(pdu -> counts.merge(pdu.regionId(), 1, Integer::sum));
          return counts;
        });
  }

  @Override
  public void save(Pdu pdu) {
    store.inTransaction(
        () -> {
          pdu.refuseNamesTaken(this::findByName);
          put(pdu.id(), pdu);
          return null;
        });
  }

  @Override
  public void add(Pdu pdu) {
    store.inTransaction(
        () -> {
          if (findById(pdu.id()).isPresent()) {
            throw new ConflictException("a PDU with id " + pdu.id().value() + " already exists");
          }
          pdu.refuseNamesTaken(this::findByName);
          put(pdu.id(), pdu);
          return null;
        });
  }
}
