package org.probationinspections.application.demo.port.in;

import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;

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
   * Stores a published record as the real part of the demo, each outcome written as on the first
   * day it may have been published (today where its date is not known), then generates the national
   * dataset for the PDUs the record does not hold: a PDU with a published outcome gets no generated
   * inspection, so that its pages show what the inspectorate published. Returns the number of
   * inspections generated.
   */
  int generateAround(ImportPublishedOutcomesUseCase.Command record, long seed);

  /**
   * Generates and stores {@code scale} times the national dataset; returns the number of
   * inspections made.
   */
  int generate(double scale, long seed, Progress progress);
}
