package org.probationinspections.domain.framework;

/** Whether a decision rule's condition needs any or all of its rated standards to match. */
public enum Quantifier {
  ANY,
  ALL
}
