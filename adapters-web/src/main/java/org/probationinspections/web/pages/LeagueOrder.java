package org.probationinspections.web.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.domain.framework.Rating;

/** Orders the league table by score, overall rating or one standard's rating. */
final class LeagueOrder {

  private LeagueOrder() {}

  /** Best first unless {@code ascending}; unrated and missing values always sort last. */
  static List<InspectionSummary> sort(List<InspectionSummary> rows, String key, boolean ascending) {
    Comparator<InspectionSummary> byValue =
        switch (key) {
          case "score" -> Comparator.comparingDouble(LeagueOrder::scoreShare);
          case "overall" ->
              Comparator.comparingInt(s -> rank(s.overallRating().orElse(Rating.NOT_RATED)));
          default -> Comparator.comparingInt(s -> rank(s.ratings().get(key)));
        };
    Comparator<InspectionSummary> order = ascending ? byValue : byValue.reversed();
    Comparator<InspectionSummary> missingLast = Comparator.comparing(s -> missing(s, key));
    return rows.stream()
        .sorted(missingLast.thenComparing(order).thenComparing(InspectionSummary::pdu))
        .toList();
  }

  private static boolean missing(InspectionSummary s, String key) {
    return switch (key) {
      // A partial record (a letter's figures, no overall rating) is not ranked among full ones.
      case "score" -> s.maxScore() == 0 || s.overallRating().isEmpty();
      case "overall" -> s.overallRating().isEmpty();
      default -> s.ratings().get(key) == null || !s.ratings().get(key).isRated();
    };
  }

  /** The rows sorted, each with its place: "=2" when shared, "–" when not ranked. */
  static List<Models.LeagueRow> ranked(
      List<InspectionSummary> rows, String key, boolean ascending) {
    List<InspectionSummary> sorted = sort(rows, key, ascending);
    List<Optional<Integer>> places = places(sorted, key);
    List<Models.LeagueRow> ranked = new java.util.ArrayList<>();
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
  static List<Optional<Integer>> places(List<InspectionSummary> sorted, String key) {
    List<Optional<Integer>> places = new java.util.ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      InspectionSummary row = sorted.get(i);
      if (missing(row, key)) {
        places.add(Optional.empty());
      } else if (i > 0
          && !missing(sorted.get(i - 1), key)
          && sameValue(sorted.get(i - 1), row, key)) {
        places.add(places.get(i - 1));
      } else {
        places.add(Optional.of(i + 1));
      }
    }
    return places;
  }

  private static boolean sameValue(InspectionSummary a, InspectionSummary b, String key) {
    return switch (key) {
      case "score" -> a.score() * (long) b.maxScore() == b.score() * (long) a.maxScore();
      case "overall" -> a.overallRating().equals(b.overallRating());
      default -> java.util.Objects.equals(a.ratings().get(key), b.ratings().get(key));
    };
  }

  private static double scoreShare(InspectionSummary s) {
    return s.maxScore() == 0 ? 0 : (double) s.score() / s.maxScore();
  }

  private static int rank(Rating rating) {
    return rating == null || !rating.isRated() ? -1 : rating.ordinal();
  }
}
