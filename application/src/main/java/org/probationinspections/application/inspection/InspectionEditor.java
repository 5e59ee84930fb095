package org.probationinspections.application.inspection;

import java.util.function.BiFunction;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;

/** Loads an inspection, applies one change under its framework, and saves it, atomically. */
record InspectionEditor(
    InspectionRepository inspections, Directory directory, UnitOfWork unitOfWork) {

  <T> T edit(InspectionId id, BiFunction<Inspection, Framework, T> change) {
    return unitOfWork.inTransaction(
        () -> {
          Inspection inspection = inspections.get(id);
          T result = change.apply(inspection, directory.framework(inspection.frameworkId()));
          inspections.save(inspection);
          return result;
        });
  }
}
