package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.history.HistoryServices;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;

/** Provides each use case of the audit trail by its interface. */
@Module
final class HistoryUseCasesModule {

  private HistoryUseCasesModule() {}

  @Provides
  @Reusable
  static HistoryServices services(Core core) {
    return core.history();
  }

  @Provides
  static ListAuditTrailUseCase listAuditTrail(HistoryServices services) {
    return services.listAuditTrail();
  }
}
