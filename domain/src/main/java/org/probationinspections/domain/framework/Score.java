package org.probationinspections.domain.framework;

/** An inspection's score over its rated standards, and the most it could have been. */
public record Score(int value, int maximum) {

  @Override
  public String toString() {
    return value + "/" + maximum;
  }
}
