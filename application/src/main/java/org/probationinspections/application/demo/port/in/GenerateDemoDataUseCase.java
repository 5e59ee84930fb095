package org.probationinspections.application.demo.port.in;

/**
 * Generates the demo dataset (regions, PDUs, two inspection rounds, letters and action plans) and
 * stores it, region by region.
 */
public interface GenerateDemoDataUseCase {

  /** Reports how far a long generation has come: regions done of all, inspections made. */
  @FunctionalInterface
  interface Progress {
    void regionDone(int done, int total, int inspections);
  }

  /** Generates and stores the national dataset; returns the number of inspections made. */
  int generate(long seed);

  /**
   * Generates and stores {@code scale} times the national dataset; returns the number of
   * inspections made.
   */
  int generate(double scale, long seed, Progress progress);
}
