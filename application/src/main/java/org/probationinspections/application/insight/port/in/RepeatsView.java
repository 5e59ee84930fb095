package org.probationinspections.application.insight.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a re-inspection repeats: each standard's rating at the previous inspection of the PDU and
 * now, the recommendations that repeat earlier ones, with what the action plan did about them, and
 * how each recommendation of the previous inspection fared ({@code earlier}: answered or not, its
 * actions as of today, repeated or not).
 */
public record RepeatsView(
    String inspectionId,
    String pdu,
    Optional<String> previousInspectionId,
    Optional<LocalDate> previousFieldwork,
    List<StandardChange> standards,
    List<Repeat> repeats,
    List<Earlier> earlier) {

  public RepeatsView {
    standards = List.copyOf(standards);
    repeats = List.copyOf(repeats);
    earlier = List.copyOf(earlier);
  }

  /**
   * One recommendation of the previous inspection: the plan item that answered it, if one did, with
   * its actions as of today, and the number of the recommendation now that repeats it, if one does.
   */
  public record Earlier(
      int number, String text, Optional<Outcome> outcome, OptionalInt repeatedAs) {}

  /** How the previous inspection's recommendations fared, counted. */
  public record Tally(
      int recommendations,
      int answered,
      int agreed,
      int actions,
      int actionsDone,
      int actionsOverdue,
      int repeated) {}

  /** The previous inspection's recommendations, counted by how they fared. */
  public Tally tally() {
    int answered = 0;
    int agreed = 0;
    int actions = 0;
    int done = 0;
    int overdue = 0;
    int repeated = 0;
    for (Earlier rec : earlier) {
      if (rec.outcome().isPresent()) {
        Outcome outcome = rec.outcome().get();
        answered++;
        agreed += "AGREED".equals(outcome.response()) ? 1 : 0;
        actions += outcome.actions();
        done += outcome.done();
        overdue += outcome.overdue();
      }
      repeated += rec.repeatedAs().isPresent() ? 1 : 0;
    }
    return new Tally(earlier.size(), answered, agreed, actions, done, overdue, repeated);
  }

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
