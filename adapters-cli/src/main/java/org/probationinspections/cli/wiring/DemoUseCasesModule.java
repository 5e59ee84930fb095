package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.demo.port.out.DemoTexts;

/** Provides the demo dataset's generator by its interface, over the shipped names and texts. */
@Module
final class DemoUseCasesModule {

  private DemoUseCasesModule() {}

  @Provides
  static GenerateDemoDataUseCase generateDemoData(Core core, DemoTexts texts) {
    return core.demoData(texts);
  }
}
