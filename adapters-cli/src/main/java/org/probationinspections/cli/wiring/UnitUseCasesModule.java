package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.units.UnitServices;
import org.probationinspections.application.units.port.in.AddPduAliasUseCase;
import org.probationinspections.application.units.port.in.GetPduUseCase;
import org.probationinspections.application.units.port.in.GetRegionUseCase;
import org.probationinspections.application.units.port.in.ListPdusUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;

/** Provides each use case of regions and PDUs by its interface. */
@Module
final class UnitUseCasesModule {

  private UnitUseCasesModule() {}

  @Provides
  @Reusable
  static UnitServices services(Core core) {
    return core.units();
  }

  @Provides
  static RegisterRegionUseCase registerRegion(UnitServices services) {
    return services.registerRegion();
  }

  @Provides
  static RegisterPduUseCase registerPdu(UnitServices services) {
    return services.registerPdu();
  }

  @Provides
  static AddPduAliasUseCase addPduAlias(UnitServices services) {
    return services.addPduAlias();
  }

  @Provides
  static ListRegionsUseCase listRegions(UnitServices services) {
    return services.listRegions();
  }

  @Provides
  static ListPdusUseCase listPdus(UnitServices services) {
    return services.listPdus();
  }

  @Provides
  static GetPduUseCase getPdu(UnitServices services) {
    return services.getPdu();
  }

  @Provides
  static GetRegionUseCase getRegion(UnitServices services) {
    return services.getRegion();
  }
}
