package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.PduId;

/** Inspections held in memory, as copies. */
public final class InMemoryInspections implements InspectionRepository {

  private static final Comparator<Inspection> BY_FIELDWORK =
      Comparator.comparing((Inspection i) -> i.details().fieldworkStarted())
          .thenComparing(i -> i.id().value());

  private final InMemoryStore store;

  public InMemoryInspections(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Inspection> findById(InspectionId id) {
    return store.read(
        t -> Optional.ofNullable(t.inspections.get(id)).map(i -> Copies.of(i, i.version())));
  }

  @Override
  public Optional<Long> versionOf(InspectionId id) {
    return store.read(t -> Optional.ofNullable(t.inspections.get(id)).map(Inspection::version));
  }

  @Override
  public List<Inspection> findByPdu(PduId pdu) {
    return findAll().stream().filter(i -> i.pduId().equals(pdu)).toList();
  }

  @Override
  public List<Inspection> findAll() {
    return store.read(
        t ->
            t.inspections.values().stream()
                .sorted(BY_FIELDWORK)
                .map(i -> Copies.of(i, i.version()))
                .toList());
  }

  @Override
  public long save(Inspection inspection) {
    return Versions.INSPECTIONS.save(
        store,
        inspection.id(),
        inspection.id().value(),
        inspection.version(),
        next -> Copies.of(inspection, next));
  }
}
