package org.probationinspections.web.pages.tables;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.web.BadRequestException;

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

  /**
   * Best first unless {@code ascending}; rows with no value (unrated, a partial record) always come
   * last, by PDU name.
   */
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
    // Rows not ranked have no value to order by: they follow by name.
    Comparator<InspectionSummary> byValueIfRanked = (a, b) -> missing(a) ? 0 : order.compare(a, b);
    return rows.stream()
        .sorted(missingLast.thenComparing(byValueIfRanked).thenComparing(InspectionSummary::pdu))
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

  private static double scoreShare(InspectionSummary s) {
    return s.maxScore() == 0 ? 0 : (double) s.score() / s.maxScore();
  }

  private static int rank(Rating rating) {
    return rating == null || !rating.isRated() ? -1 : rating.ordinal();
  }
}
