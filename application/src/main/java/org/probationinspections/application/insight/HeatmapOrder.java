package org.probationinspections.application.insight;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DashboardUseCase.Sort;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.SortKey;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Assessment;

/**
 * Orders the heatmap's rows by a column. The score and the overall rating are the domain's: each
 * distinct rating profile is assessed once. A row with no value in the column comes last whichever
 * way the column is sorted; ties are broken by region, PDU and id.
 */
final class HeatmapOrder {

  private final Directory directory;
  private final List<StandardColumn> standards;
  private final Map<InspectionSummaries.Rated, Assessment> assessed = new HashMap<>();

  HeatmapOrder(Directory directory, List<StandardColumn> standards) {
    this.directory = directory;
    this.standards = standards;
  }

  Comparator<SortKey> comparator(Sort sort) {
    Comparator<SortKey> byPlace =
        Comparator.comparing(SortKey::region)
            .thenComparing(SortKey::pdu)
            .thenComparing(key -> key.id().value());
    return switch (sort.column()) {
      case REGION -> sort.ascending() ? byPlace : byPlace.reversed();
      case PDU -> {
        Comparator<SortKey> byPdu = Comparator.comparing(SortKey::pdu);
        yield (sort.ascending() ? byPdu : byPdu.reversed()).thenComparing(byPlace);
      }
      case SCORE -> valued(key -> share(key), sort.ascending(), byPlace);
      case OVERALL ->
          valued(
              key -> rated(assessment(key).overallRating()).map(r -> (double) r.ordinal()),
              sort.ascending(),
              byPlace);
      case STANDARD -> {
        StandardColumn column =
            standards.stream()
                .filter(c -> (c.code() + " " + c.name()).equals(sort.standard().orElseThrow()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new org.probationinspections.domain.common.InvalidValueException(
                            "sort", "no standard is named " + sort.standard().orElseThrow()));
        yield valued(
            key ->
                column.frameworks().contains(key.rated().framework().value())
                    ? rated(key.standard()).map(r -> (double) r.ordinal())
                    : Optional.empty(),
            sort.ascending(),
            byPlace);
      }
    };
  }

  private static Optional<Rating> rated(Optional<Rating> rating) {
    return rating.filter(Rating::isRated);
  }

  private Optional<Double> share(SortKey key) {
    var score = assessment(key).score();
    return score.maximum() > 0
        ? Optional.of((double) score.value() / score.maximum())
        : Optional.empty();
  }

  private Assessment assessment(SortKey key) {
    return assessed.computeIfAbsent(
        key.rated(),
        rated -> {
          var framework = directory.framework(rated.framework());
          return rated.profile(framework).assess(framework);
        });
  }

  /** By a value, one way or the other, those without one last; then by place. */
  private static Comparator<SortKey> valued(
      java.util.function.Function<SortKey, Optional<Double>> value,
      boolean ascending,
      Comparator<SortKey> then) {
    Comparator<Double> direction =
        ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
    Comparator<SortKey> byValue =
        Comparator.comparing(key -> value.apply(key).orElse(null), Comparator.nullsLast(direction));
    return byValue.thenComparing(then);
  }
}
