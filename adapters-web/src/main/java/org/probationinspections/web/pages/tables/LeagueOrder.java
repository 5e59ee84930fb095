package org.probationinspections.web.pages.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.pages.Models;

/**
 * Orders the league table by score, overall rating or one standard's rating. A standard is a column
 * of its frameworks ("2.1 Court work" of 2021, not the 2023 "2.1 Assessment"): an inspection under
 * another framework has no rating to sort by there and comes last, unranked.
 *
 * @param key what {@code ?sort=} names: {@code score}, {@code overall} or a standard's column
 * @param standard the standard's column, when the key names one
 */
public record LeagueOrder(String key, Optional<StandardColumn> standard) {

  public static final LeagueOrder SCORE = new LeagueOrder("score", Optional.empty());

  /**
   * The order {@code sort} asks for: score, overall, a standard's number and name ("2.1 Court
   * work"), or its number alone (the first standard of that number in the catalogue).
   */
  public static LeagueOrder of(String sort, List<StandardColumn> standards) {
    if (sort.equals("score") || sort.equals("overall")) {
      return new LeagueOrder(sort, Optional.empty());
    }
    return standards.stream()
        .filter(c -> key(c).equals(sort))
        .findFirst()
        .or(() -> standards.stream().filter(c -> c.code().equals(sort)).findFirst())
        .map(c -> new LeagueOrder(key(c), Optional.of(c)))
        .orElseThrow(
            () ->
                new BadRequestException(
                    "sort",
                    "sort by score, overall or a standard such as 1.1 Leadership, not '"
                        + sort
                        + "'"));
  }

  /** How {@code ?sort=} names a standard's column. */
  public static String key(StandardColumn column) {
    return column.code() + " " + column.name();
  }

  /** Best first unless {@code ascending}; unrated and missing values always sort last. */
  public List<InspectionSummary> sort(List<InspectionSummary> rows, boolean ascending) {
    Comparator<InspectionSummary> byValue =
        switch (key) {
          case "score" -> Comparator.comparingDouble(LeagueOrder::scoreShare);
          case "overall" ->
              Comparator.comparingInt(s -> rank(s.overallRating().orElse(Rating.NOT_RATED)));
          default -> Comparator.comparingInt(s -> rank(rating(s)));
        };
    Comparator<InspectionSummary> order = ascending ? byValue : byValue.reversed();
    Comparator<InspectionSummary> missingLast = Comparator.comparing(this::missing);
    return rows.stream()
        .sorted(missingLast.thenComparing(order).thenComparing(InspectionSummary::pdu))
        .toList();
  }

  private boolean missing(InspectionSummary s) {
    return switch (key) {
      // A partial record (a letter's figures, no overall rating) is not ranked among full ones.
      case "score" -> s.maxScore() == 0 || s.overallRating().isEmpty();
      case "overall" -> s.overallRating().isEmpty();
      default -> rating(s) == null || !rating(s).isRated();
    };
  }

  /** The row's rating of the standard sorted by; null when its framework does not rate it. */
  private Rating rating(InspectionSummary s) {
    return standard.map(column -> column.ratingOf(s)).orElse(null);
  }

  /** The rows sorted, each with its place: "=2" when shared, "–" when not ranked. */
  public List<Models.LeagueRow> ranked(List<InspectionSummary> rows, boolean ascending) {
    List<InspectionSummary> sorted = sort(rows, ascending);
    List<Optional<Integer>> places = places(sorted);
    List<Models.LeagueRow> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Optional<Integer> place = places.get(i);
      boolean shared =
          place.isPresent()
              && ((i > 0 && place.equals(places.get(i - 1)))
                  || (i + 1 < sorted.size() && place.equals(places.get(i + 1))));
      ranked.add(
          new Models.LeagueRow(place.map(p -> (shared ? "=" : "") + p).orElse("–"), sorted.get(i)));
    }
    return ranked;
  }

  /**
   * The place of each row: equal values share a place, and the next takes the place after as many
   * rows as came before it (1, 2, 2, 4); rows not ranked (missing values) have none.
   */
  public List<Optional<Integer>> places(List<InspectionSummary> sorted) {
    List<Optional<Integer>> places = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      InspectionSummary row = sorted.get(i);
      if (missing(row)) {
        places.add(Optional.empty());
      } else if (i > 0 && !missing(sorted.get(i - 1)) && sameValue(sorted.get(i - 1), row)) {
        places.add(places.get(i - 1));
      } else {
        places.add(Optional.of(i + 1));
      }
    }
    return places;
  }

  private boolean sameValue(InspectionSummary a, InspectionSummary b) {
    return switch (key) {
      case "score" -> a.score() * (long) b.maxScore() == b.score() * (long) a.maxScore();
      case "overall" -> a.overallRating().equals(b.overallRating());
      default -> Objects.equals(rating(a), rating(b));
    };
  }

  private static double scoreShare(InspectionSummary s) {
    return s.maxScore() == 0 ? 0 : (double) s.score() / s.maxScore();
  }

  private static int rank(Rating rating) {
    return rating == null || !rating.isRated() ? -1 : rating.ordinal();
  }
}
