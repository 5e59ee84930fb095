package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/** PDUs held in memory. */
public final class InMemoryPdus implements PduRepository {

  private final InMemoryStore store;

  public InMemoryPdus(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Pdu> findById(PduId id) {
    return store.read(t -> Optional.ofNullable(t.pdus.get(id)));
  }

  @Override
  public Optional<Pdu> findByName(String name) {
    return store.read(t -> t.pdus.values().stream().filter(p -> p.isNamed(name)).findFirst());
  }

  @Override
  public List<Pdu> findAll() {
    return store.read(
        t -> t.pdus.values().stream().sorted(Comparator.comparing(Pdu::name)).toList());
  }

  @Override
  public List<Pdu> findByRegion(RegionId region) {
    return findAll().stream().filter(p -> p.regionId().equals(region)).toList();
  }

  @Override
  public Map<RegionId, Integer> countByRegion() {
    return store.read(
        t -> {
          Map<RegionId, Integer> counts = new HashMap<>();
          t.pdus.values().forEach(pdu -> counts.merge(pdu.regionId(), 1, Integer::sum));
          return counts;
        });
  }

  @Override
  public void save(Pdu pdu) {
    store.inTransaction(
        () -> {
          pdu.refuseNamesTaken(this::findByName);
          return store.read(t -> t.pdus.put(pdu.id(), pdu));
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
          return store.read(t -> t.pdus.put(pdu.id(), pdu));
        });
  }
}
