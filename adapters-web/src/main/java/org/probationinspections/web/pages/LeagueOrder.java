package org.probationinspections.web.pages;

import java.util.Comparator;
import java.util.List;
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
      case "score" -> s.maxScore() == 0;
      case "overall" -> s.overallRating().isEmpty();
      default -> s.ratings().get(key) == null || !s.ratings().get(key).isRated();
    };
  }

  private static double scoreShare(InspectionSummary s) {
    return s.maxScore() == 0 ? 0 : (double) s.score() / s.maxScore();
  }

  private static int rank(Rating rating) {
    return rating == null || !rating.isRated() ? -1 : rating.ordinal();
  }
}
