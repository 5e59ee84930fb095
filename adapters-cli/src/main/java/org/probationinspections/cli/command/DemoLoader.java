package org.probationinspections.cli.command;

import java.io.PrintStream;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;

/** Fills an empty database with the generated demo dataset; leaves one with data alone. */
public record DemoLoader(ListRegionsUseCase regions, GenerateDemoDataUseCase demoData) {

  static final long SEED = 2023;

  /** Whether the database holds no region yet, so that the dataset may be added. */
  boolean databaseIsEmpty() {
    return regions.list().isEmpty();
  }

  /** The national dataset, with the default seed, unless the database holds data already. */
  void loadIfEmpty(PrintStream out) {
    if (!databaseIsEmpty()) {
      out.println("The database already holds data: the demo dataset is not added.");
      return;
    }
    out.println("Generating the demo dataset (12 regions, two inspection rounds)…");
    int made = demoData.generate(SEED);
    out.println("Demo dataset ready: " + made + " inspections with letters and action plans.");
  }

  /**
   * {@code scale} times the national dataset, saying every tenth of the way how far it has come
   * since {@code started} (System.nanoTime); the number of inspections made.
   */
  int generate(double scale, long seed, long started, PrintStream out) {
    int[] lastPercent = {-1};
    return demoData.generate(
        scale,
        seed,
        (done, total, inspections) -> {
          int percent = (int) (100L * done / total);
          if (percent / 10 != lastPercent[0] / 10 || done == total) {
            lastPercent[0] = percent;
            out.printf(
                "%3d%%  %d of %d regional rounds, %d inspections, %.0f s%n",
                percent, done, total, inspections, (System.nanoTime() - started) / 1e9);
          }
        });
  }
}
