package org.probationinspections.application.insight.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a re-inspection repeats: each standard's rating at the previous inspection of the PDU and
 * now, and the recommendations that repeat earlier ones, with what the action plan did about them.
 */
public record RepeatsView(
    String inspectionId,
    String pdu,
    Optional<String> previousInspectionId,
    Optional<LocalDate> previousFieldwork,
    List<StandardChange> standards,
    List<Repeat> repeats) {

  /** {@code before} is empty when the previous inspection did not rate the standard. */
  public record StandardChange(
      String code, String name, Optional<String> before, String now, String change) {}

  public record Repeat(
      int number,
      String text,
      String earlierInspectionId,
      LocalDate earlierFieldwork,
      int earlierNumber,
      String earlierText,
      double similarity,
      List<String> sharedWords,
      Optional<Outcome> outcome) {}

  /** The plan item that answered the earlier recommendation, and its actions as of today. */
  public record Outcome(
      String planId,
      int itemNumber,
      String response,
      int actions,
      int done,
      int inProgress,
      int planned,
      int overdue) {}
}
