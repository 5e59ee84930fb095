package org.probationinspections.application.insight.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.domain.framework.Rating;

/**
 * How a PDU moved between two of its inspections: the overall rating before and after, the score as
 * a share of its maximum where both have one, and each standard both inspections' frameworks rate
 * under the same number and name. Standards that only one programme rates are not compared: the
 * 2023 framework has no Court work, the 2021 one no regional standards.
 *
 * @param sameProgramme whether both inspections were made under one framework
 */
public record Movement(
    InspectionSummary before,
    InspectionSummary after,
    boolean sameProgramme,
    List<StandardMove> standards,
    OptionalInt percentBefore,
    OptionalInt percentAfter) {

  /** One standard both inspections rate, before and after. */
  public record StandardMove(StandardColumn standard, Rating before, Rating after) {

    /** Better, worse or the same: above zero when the rating rose. */
    public int direction() {
      return Integer.compare(after.ordinal(), before.ordinal());
    }
  }

  public Movement {
    standards = List.copyOf(standards);
  }

  /**
   * The movement from the PDU's second latest inspection to its latest; empty when it has fewer
   * than two that give an overall rating. {@code inspections} come oldest first.
   */
  public static Optional<Movement> latest(
      List<InspectionSummary> inspections, List<StandardColumn> columns) {
    List<InspectionSummary> rated =
        inspections.stream().filter(i -> i.overallRating().isPresent()).toList();
    if (rated.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(between(rated.get(rated.size() - 2), rated.get(rated.size() - 1), columns));
  }

  /** The movement from {@code before} to {@code after}, over the standards both rate alike. */
  public static Movement between(
      InspectionSummary before, InspectionSummary after, List<StandardColumn> columns) {
    List<StandardMove> moves = new ArrayList<>();
    for (StandardColumn column : columns) {
      Rating then = column.ratingOf(before);
      Rating now = column.ratingOf(after);
      if (then != null && now != null && then.isRated() && now.isRated()) {
        moves.add(new StandardMove(column, then, now));
      }
    }
    return new Movement(
        before,
        after,
        before.framework().equals(after.framework()),
        moves,
        percent(before),
        percent(after));
  }

  public Rating overallBefore() {
    return before.overallRating().orElseThrow();
  }

  public Rating overallAfter() {
    return after.overallRating().orElseThrow();
  }

  /** Better, worse or the same overall: above zero when the rating rose. */
  public int overallDirection() {
    return Integer.compare(overallAfter().ordinal(), overallBefore().ordinal());
  }

  /** How many of the compared standards rose ({@code 1}), fell ({@code -1}) or held ({@code 0}). */
  public long count(int direction) {
    return standards.stream().filter(move -> move.direction() == direction).count();
  }

  /** The score as a whole percentage of its maximum; none for a record without a score. */
  private static OptionalInt percent(InspectionSummary inspection) {
    return inspection.maxScore() > 0
        ? OptionalInt.of(Math.round(100f * inspection.score() / inspection.maxScore()))
        : OptionalInt.empty();
  }
}
