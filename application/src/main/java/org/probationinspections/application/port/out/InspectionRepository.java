package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.PduId;

/**
 * Stores inspections. Saving is optimistic: the inspection's version must be the stored one (0 for
 * a new inspection), else a {@code ConflictException} says what changed since.
 */
public interface InspectionRepository {

  Optional<Inspection> findById(InspectionId id);

  /** The inspection with this id; {@link NotFoundException} when there is none. */
  default Inspection get(InspectionId id) {
    return findById(id).orElseThrow(() -> new NotFoundException("Inspection", id.value()));
  }

  /**
   * The stored version, read without the rest of the inspection: it changes with every save, so a
   * reader can tell whether what it read before is still current. Empty when there is none.
   */
  Optional<Long> versionOf(InspectionId id);

  /** The PDU's inspections, oldest fieldwork first. */
  List<Inspection> findByPdu(PduId pdu);

  /** Every inspection, oldest fieldwork first. */
  List<Inspection> findAll();

  /** Inserts or updates; returns the new version. */
  long save(Inspection inspection);
}
