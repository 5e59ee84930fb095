package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.PduId;

/** Inspections held in memory, as copies. */
public final class InMemoryInspections extends InMemoryAggregates<InspectionId, Inspection>
    implements InspectionRepository {

  private static final Comparator<Inspection> BY_FIELDWORK =
      Comparator.comparing((Inspection i) -> i.details().fieldworkStarted())
          .thenComparing(i -> i.id().value());

  public InMemoryInspections(InMemoryStore store) {
    super(store, Versions.INSPECTIONS, BY_FIELDWORK);
  }

  @Override
  public Optional<Long> versionOf(InspectionId id) {
    return store.read(t -> Optional.ofNullable(t.inspections.get(id)).map(Inspection::version));
  }

  @Override
  public List<Inspection> findByPdu(PduId pdu) {
    return sorted(i -> i.pduId().equals(pdu));
  }
}
