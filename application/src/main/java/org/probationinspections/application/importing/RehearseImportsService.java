package org.probationinspections.application.importing;

import java.util.function.Supplier;
import org.probationinspections.application.importing.port.in.RehearseImportsUseCase;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.DryRun;

/** Rehearses several imports in one transaction that is rolled back after them. */
record RehearseImportsService(UnitOfWork unitOfWork) implements RehearseImportsUseCase {

  @Override
  public <T> T rehearse(Supplier<T> imports) {
    return DryRun.inTransaction(unitOfWork, true, imports);
  }
}
