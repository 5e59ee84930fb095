package org.probationinspections.domain.plan;

/** The closing table of an action plan: items by response, and their total. */
public record PlanSummary(int agreed, int partlyAgreed, int notAgreed, int total) {

  public PlanSummary {
    if (agreed < 0 || partlyAgreed < 0 || notAgreed < 0 || total < 0) {
      throw new org.probationinspections.domain.common.InvalidValueException(
          "summary", "counts cannot be negative");
    }
  }
}
