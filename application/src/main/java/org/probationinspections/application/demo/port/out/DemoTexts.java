package org.probationinspections.application.demo.port.out;

/**
 * The names and texts the demo dataset is made of: regions and their PDUs, standards, inspectors,
 * findings, recommendations, observations, owners and the notes of action plans. They live in a
 * data file, not in the code that draws the dataset.
 */
public interface DemoTexts {

  /** The names and texts; the same on every call. */
  DemoWording wording();
}
