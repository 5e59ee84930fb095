package org.probationinspections.cli.command;

import java.io.PrintStream;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.UseCasesComponent;

/** Fills an empty database with the generated demo dataset; leaves one with data alone. */
final class DemoLoader {

  static final long SEED = 2023;

  private DemoLoader() {}

  static void loadIfEmpty(InspectionsComponent component, PrintStream out) {
    UseCasesComponent services = component.useCases().today();
    if (!services.listRegions().list().isEmpty()) {
      out.println("The database already holds data: the demo dataset is not added.");
      return;
    }
    out.println("Generating the demo dataset (12 regions, two inspection rounds)…");
    int made = services.demoData().generate(SEED);
    out.println("Demo dataset ready: " + made + " inspections with letters and action plans.");
  }
}
