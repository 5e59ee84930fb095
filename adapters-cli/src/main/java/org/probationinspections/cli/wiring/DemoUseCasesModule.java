package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;

/** Provides the demo dataset's generator by its interface. */
@Module
final class DemoUseCasesModule {

  private DemoUseCasesModule() {}

  @Provides
  static GenerateDemoDataUseCase generateDemoData(Core core) {
    return core.demoData();
  }
}
