package org.probationinspections.application.insight.port.in;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Rating;

/**
 * How many inspections have each rating, as the dashboard's charts show them: the overall ratings
 * of each PDU's latest inspection by region, the overall ratings of the inspections of each round
 * (the year fieldwork started), and each standard's ratings at the PDUs' latest inspections. {@link
 * Rating#NOT_RATED} counts those with no rating (a published summary that gave none, a framework
 * that rates nothing, a standard not rated). {@code byRegion} is the page of regions asked for, by
 * name, each with its counts (none if not inspected); {@code regions} is how many there are in all.
 */
public record RatingCounts(
    List<Group> byRegion, int regions, List<Group> byYear, List<Group> byStandard) {

  public static final RatingCounts NONE = new RatingCounts(List.of(), 0, List.of(), List.of());

  public RatingCounts {
    byRegion = List.copyOf(byRegion);
    byYear = List.copyOf(byYear);
    byStandard = List.copyOf(byStandard);
  }

  /** One bar of a chart: a region, a year or a standard ({@code key}), and its counts. */
  public record Group(String key, String label, Map<Rating, Integer> counts) {
    public Group {
      Require.text("key", key);
      Require.text("label", label);
      Map<Rating, Integer> copy = new EnumMap<>(Rating.class);
      copy.putAll(counts);
      counts = Map.copyOf(copy);
    }

    public int count(Rating rating) {
      return counts.getOrDefault(rating, 0);
    }

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
