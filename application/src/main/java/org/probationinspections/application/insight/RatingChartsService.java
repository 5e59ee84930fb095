package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.RatingChartsUseCase;
import org.probationinspections.application.insight.port.in.RatingCounts;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.ProfileCount;
import org.probationinspections.application.port.out.InspectionSummaries.ProfileFilter;
import org.probationinspections.application.port.out.InspectionSummaries.Rated;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/**
 * The charts' counts: the store groups the inspections rated alike and counts each standard's
 * ratings; the domain rates each group once, however many inspections share it.
 */
record RatingChartsService(
    InspectionSummaries summaries, FrameworkCatalog frameworks, Directory directory)
    implements RatingChartsUseCase {

  @Override
  public RatingCounts counts(Query query) {
    Optional<RegionId> region = query.region().map(directory::region).map(Region::id);
    Map<Rated, Rating> overall = new HashMap<>();
    // The chart by region counts only its page of regions: the country has 12, a benchmark 1,200.
    List<Region> regions =
        region.isPresent()
            ? List.of(directory.region(region.get()))
            : directory.regions().findAll();
    int from = Math.min(query.regions().offset(), regions.size());
    int to = (int) Math.min((long) from + query.regions().limit(), regions.size());
    Map<String, String> regionNames = new LinkedHashMap<>();
    Map<String, Map<Rating, Integer>> byRegion = new LinkedHashMap<>();
    for (Region shown : regions.subList(from, to)) {
      regionNames.put(shown.id().value(), shown.name());
      byRegion.put(shown.id().value(), new EnumMap<>(Rating.class));
    }
    List<RegionId> page = regions.subList(from, to).stream().map(Region::id).toList();
    if (!page.isEmpty()) {
      for (ProfileCount counted :
          summaries.ratingProfiles(new ProfileFilter(region, page, query.year(), true, true))) {
        String id = counted.region().orElseThrow().value();
        add(byRegion, id, overallOf(counted.rated(), overall), counted.count());
      }
    }
    Map<Integer, Map<Rating, Integer>> byYear = new TreeMap<>();
    for (ProfileCount counted :
        summaries.ratingProfiles(new ProfileFilter(region, Optional.empty(), false, false))) {
      add(byYear, counted.year(), overallOf(counted.rated(), overall), counted.count());
    }
    var standardCounts =
        summaries.standardRatings(new ProfileFilter(region, query.year(), true, false));
    List<RatingCounts.Group> byStandard = new ArrayList<>();
    for (StandardColumn column : ListStandardsService.columns(frameworks)) {
      Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
      for (var counted : standardCounts) {
        if (counted.code().equals(column.code())
            && column.frameworks().contains(counted.framework().value())) {
          counts.merge(counted.rating(), counted.count(), Integer::sum);
        }
      }
      if (!counts.isEmpty()) {
        String label = column.code() + " " + column.name();
        byStandard.add(new RatingCounts.Group(label, label, counts));
      }
    }
    return new RatingCounts(
        byRegion.entrySet().stream()
            .map(e -> new RatingCounts.Group(e.getKey(), regionNames.get(e.getKey()), e.getValue()))
            .toList(),
        regions.size(),
        byYear.entrySet().stream()
            .map(
                e ->
                    new RatingCounts.Group(
                        String.valueOf(e.getKey()), String.valueOf(e.getKey()), e.getValue()))
            .toList(),
        byStandard);
  }

  /** The group's overall rating; NOT_RATED when the rules give none (or the group fits none). */
  private Rating overallOf(Rated rated, Map<Rated, Rating> overall) {
    return overall.computeIfAbsent(
        rated,
        r -> {
          var framework = directory.framework(r.framework());
          try {
            return r.profile(framework).assess(framework).overallRating().orElse(Rating.NOT_RATED);
          } catch (InvalidValueException notOfThisFramework) {
            return Rating.NOT_RATED;
          }
        });
  }

  private static <K> void add(
      Map<K, Map<Rating, Integer>> groups, K key, Rating rating, int count) {
    groups
        .computeIfAbsent(key, k -> new EnumMap<>(Rating.class))
        .merge(rating, count, Integer::sum);
  }
}
