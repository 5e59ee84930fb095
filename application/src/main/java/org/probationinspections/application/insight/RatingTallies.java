package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.RatingCounts;
import org.probationinspections.application.port.out.InspectionSummaries.ProfileCount;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.RatingProfile;

/**
 * Adds up the counted rating profiles into the dashboard's charts. Each distinct profile is rated
 * once by the domain, however many inspections share it.
 */
final class RatingTallies {

  private final Directory directory;
  private final Map<RatingProfile, Rating> overall = new HashMap<>();

  RatingTallies(Directory directory) {
    this.directory = directory;
  }

  /**
   * {@code latest} are the profiles of each PDU's latest inspection, {@code rounds} those of every
   * inspection, by the year its fieldwork started.
   */
  RatingCounts counts(
      List<ProfileCount> latest, List<ProfileCount> rounds, List<StandardColumn> standards) {
    Map<String, String> regionNames = new LinkedHashMap<>();
    Map<String, Map<Rating, Integer>> byRegion = new LinkedHashMap<>();
    for (ProfileCount counted : latest) {
      regionNames.put(counted.region().value(), counted.regionName());
      add(byRegion, counted.region().value(), overallOf(counted.profile()), counted.count());
    }
    Map<Integer, Map<Rating, Integer>> byYear = new TreeMap<>();
    for (ProfileCount counted : rounds) {
      add(byYear, counted.year(), overallOf(counted.profile()), counted.count());
    }
    List<RatingCounts.Group> byStandard = new ArrayList<>();
    for (StandardColumn column : standards) {
      Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
      for (ProfileCount counted : latest) {
        RatingProfile profile = counted.profile();
        if (column.frameworks().contains(profile.framework().value())) {
          Rating rating = profile.ratings().getOrDefault(column.code(), Rating.NOT_RATED);
          counts.merge(rating, counted.count(), Integer::sum);
        }
      }
      if (!counts.isEmpty()) {
        byStandard.add(
            new RatingCounts.Group(
                column.code() + " " + column.name(), column.code() + " " + column.name(), counts));
      }
    }
    return new RatingCounts(
        byRegion.entrySet().stream()
            .map(e -> new RatingCounts.Group(e.getKey(), regionNames.get(e.getKey()), e.getValue()))
            .toList(),
        byYear.entrySet().stream()
            .map(
                e ->
                    new RatingCounts.Group(
                        String.valueOf(e.getKey()), String.valueOf(e.getKey()), e.getValue()))
            .toList(),
        byStandard);
  }

  private Rating overallOf(RatingProfile profile) {
    return overall.computeIfAbsent(
        profile,
        p -> p.assess(directory.framework(p.framework())).overallRating().orElse(Rating.NOT_RATED));
  }

  private static <K> void add(
      Map<K, Map<Rating, Integer>> groups, K key, Rating rating, int count) {
    groups
        .computeIfAbsent(key, k -> new EnumMap<>(Rating.class))
        .merge(rating, count, Integer::sum);
  }
}
