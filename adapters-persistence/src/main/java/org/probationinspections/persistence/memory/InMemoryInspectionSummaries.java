package org.probationinspections.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;

/** Summaries of the inspections held in memory, filtered, ordered and paged as the port says. */
public final class InMemoryInspectionSummaries implements InspectionSummaries {

  private static final Comparator<Inspection> OLDEST_FIRST =
      Comparator.comparing((Inspection i) -> i.details().fieldworkStarted())
          .thenComparing(i -> i.id().value());

  private final InMemoryStore store;

  public InMemoryInspectionSummaries(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Digests find(Filter filter) {
    return store.read(
        t -> {
          List<Inspection> selected =
              matching(
                  t,
                  pdu ->
                      filter.region().map(pdu.regionId()::equals).orElse(true)
                          && filter.pdu().map(pdu.id()::equals).orElse(true)
                          && filter.level().map(level -> pdu.level() == level).orElse(true),
                  filter.year(),
                  filter.latestOnly());
          selected.sort(order(filter.order(), t));
          int from = Math.min(filter.offset(), selected.size());
          int to = (int) Math.min((long) from + filter.limit(), selected.size());
          return new Digests(
              selected.subList(from, to).stream().map(i -> digest(i, t)).toList(), selected.size());
        });
  }

  /** The inspections of PDUs a profile filter keeps. */
  private static List<Inspection> selected(ProfileFilter filter, InMemoryStore.Tables t) {
    return matching(
        t,
        pdu ->
            pdu.level() == UnitLevel.PDU
                && filter.region().map(pdu.regionId()::equals).orElse(true)
                && (filter.regions().isEmpty() || filter.regions().contains(pdu.regionId())),
        filter.year(),
        filter.latestOnly());
  }

  /**
   * The inspections of the units {@code unit} keeps, whose fieldwork began in {@code year} if one
   * is given, oldest first; with {@code latestOnly}, each unit's latest of them.
   */
  private static List<Inspection> matching(
      InMemoryStore.Tables t,
      java.util.function.Predicate<Pdu> unit,
      java.util.Optional<Integer> year,
      boolean latestOnly) {
    List<Inspection> selected = new ArrayList<>();
    for (Inspection inspection : t.inspections.values()) {
      if (unit.test(t.pdus.get(inspection.pduId()))
          && year.map(y -> inspection.details().fieldworkStarted().getYear() == y).orElse(true)) {
        selected.add(inspection);
      }
    }
    selected.sort(OLDEST_FIRST);
    if (latestOnly) {
      Map<PduId, Inspection> latest = new LinkedHashMap<>();
      selected.forEach(inspection -> latest.put(inspection.pduId(), inspection));
      selected = new ArrayList<>(latest.values());
    }
    return selected;
  }

  @Override
  public List<SortKey> sortKeys(ProfileFilter filter, Optional<String> standard) {
    return store.read(
        t ->
            selected(filter, t).stream()
                .map(
                    i -> {
                      Pdu pdu = t.pdus.get(i.pduId());
                      return new SortKey(
                          i.id(),
                          pdu.name(),
                          t.regions.get(pdu.regionId()).name(),
                          Rated.of(i),
                          standard.flatMap(code -> Optional.ofNullable(i.ratings().get(code))));
                    })
                .toList());
  }

  @Override
  public List<InspectionDigest> digests(List<InspectionId> ids) {
    return store.read(
        t ->
            ids.stream()
                .map(t.inspections::get)
                .filter(java.util.Objects::nonNull)
                .map(i -> digest(i, t))
                .toList());
  }

  @Override
  public Map<InspectionId, List<Integer>> recommendationNumbers(List<InspectionId> ids) {
    return store.read(
        t -> {
          Map<InspectionId, List<Integer>> numbers = new LinkedHashMap<>();
          for (InspectionId id : ids) {
            Inspection inspection = t.inspections.get(id);
            if (inspection != null && !inspection.recommendations().isEmpty()) {
              numbers.put(
                  id,
                  inspection.recommendations().stream()
                      .map(Recommendation::number)
                      .sorted()
                      .toList());
            }
          }
          return numbers;
        });
  }

  @Override
  public Map<InspectionId, PduId> units(List<InspectionId> ids) {
    return store.read(
        t -> {
          Map<InspectionId, PduId> units = new LinkedHashMap<>();
          for (InspectionId id : ids) {
            Inspection inspection = t.inspections.get(id);
            if (inspection != null) {
              units.put(id, inspection.pduId());
            }
          }
          return units;
        });
  }

  @Override
  public List<InspectionId> withoutStanding(FrameworkId framework, String rules, int limit) {
    return store.read(
        t ->
            t.inspections.values().stream()
                .filter(i -> !InMemoryLeague.stands(t, i, framework, rules))
                .map(Inspection::id)
                .sorted(Comparator.comparing(InspectionId::value))
                .limit(limit)
                .toList());
  }

  @Override
  public void recordStandings(String rules, Map<InspectionId, Standing> standings) {
    store.read(
        t -> {
          standings.forEach(
              (id, standing) -> {
                Inspection stored = t.inspections.get(id);
                if (stored != null && stored.version() == standing.version()) {
                  t.standings.put(id, new InMemoryStore.StoredStanding(rules, standing));
                }
              });
          return null;
        });
  }

  @Override
  public List<InspectionId> idsUnder(
      FrameworkId framework, Optional<InspectionId> after, int limit) {
    return store.read(
        t ->
            t.inspections.values().stream()
                .filter(i -> i.frameworkId().equals(framework))
                .map(Inspection::id)
                .filter(id -> after.map(a -> id.value().compareTo(a.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(InspectionId::value))
                .limit(limit)
                .toList());
  }

  @Override
  public Map<InspectionId, StoredStanding> storedStandings(List<InspectionId> ids) {
    return store.read(
        t -> {
          Map<InspectionId, StoredStanding> stored = new LinkedHashMap<>();
          for (InspectionId id : ids) {
            InMemoryStore.StoredStanding kept = t.standings.get(id);
            Inspection inspection = t.inspections.get(id);
            if (kept != null && inspection != null) {
              Standing standing = kept.standing();
              stored.put(
                  id,
                  new StoredStanding(
                      standing.version() == inspection.version()
                          ? Optional.of(kept.rules())
                          : Optional.empty(),
                      standing.score(),
                      standing.maximum(),
                      standing.overall()));
            }
          }
          return stored;
        });
  }

  @Override
  public LeaguePage league(LeagueQuery query) {
    return store.read(
        t ->
            InMemoryLeague.page(
                t,
                matching(
                    t,
                    pdu ->
                        pdu.level() == UnitLevel.PDU
                            && query.region().map(pdu.regionId()::equals).orElse(true),
                    Optional.empty(),
                    true),
                query));
  }

  @Override
  public List<ProfileCount> ratingProfiles(ProfileFilter filter) {
    return store.read(
        t -> {
          record Key(Optional<RegionId> region, int year, Rated rated) {}
          Map<Key, Integer> counts = new LinkedHashMap<>();
          for (Inspection inspection : selected(filter, t)) {
            counts.merge(
                new Key(
                    filter.byRegion()
                        ? Optional.of(t.pdus.get(inspection.pduId()).regionId())
                        : Optional.empty(),
                    inspection.details().fieldworkStarted().getYear(),
                    Rated.of(inspection)),
                1,
                Integer::sum);
          }
          List<ProfileCount> profiles = new ArrayList<>();
          counts.forEach(
              (key, count) ->
                  profiles.add(
                      new ProfileCount(
                          key.region(),
                          key.region().map(r -> t.regions.get(r).name()).orElse(""),
                          key.year(),
                          key.rated(),
                          count)));
          profiles.sort(
              Comparator.comparing(ProfileCount::regionName).thenComparingInt(ProfileCount::year));
          return List.copyOf(profiles);
        });
  }

  @Override
  public List<StandardCount> standardRatings(ProfileFilter filter) {
    return store.read(
        t -> {
          record Key(FrameworkId framework, String code, Rating rating) {}
          Map<Key, Integer> counts = new LinkedHashMap<>();
          for (Inspection inspection : selected(filter, t)) {
            inspection
                .ratings()
                .forEach(
                    (code, rating) ->
                        counts.merge(
                            new Key(inspection.frameworkId(), code, rating), 1, Integer::sum));
          }
          List<StandardCount> found = new ArrayList<>();
          counts.forEach(
              (key, count) ->
                  found.add(new StandardCount(key.framework(), key.code(), key.rating(), count)));
          return List.copyOf(found);
        });
  }

  private static final Comparator<RecommendationKey> RECOMMENDATION_ORDER =
      Comparator.comparing(RecommendationKey::fieldworkStarted)
          .thenComparing(key -> key.inspection().value())
          .thenComparingInt(RecommendationKey::number);

  @Override
  public List<RecommendationLine> recommendations(RecommendationQuery query) {
    return store.read(
        t -> {
          List<RecommendationLine> lines = new ArrayList<>();
          for (Inspection inspection : t.inspections.values()) {
            if (query.region().isPresent()
                && !t.pdus.get(inspection.pduId()).regionId().equals(query.region().get())) {
              continue;
            }
            if (query.pdu().isPresent() && !inspection.pduId().equals(query.pdu().get())) {
              continue;
            }
            for (Recommendation recommendation : inspection.recommendations()) {
              RecommendationLine line =
                  new RecommendationLine(
                      inspection.id(),
                      inspection.pduId(),
                      inspection.details().fieldworkStarted(),
                      recommendation);
              if (query.after().isEmpty()
                  || RECOMMENDATION_ORDER.compare(line.key(), query.after().get()) > 0) {
                lines.add(line);
              }
            }
          }
          lines.sort(Comparator.comparing(RecommendationLine::key, RECOMMENDATION_ORDER));
          return List.copyOf(lines.subList(0, Math.min(query.limit(), lines.size())));
        });
  }

  @Override
  public List<Integer> fieldworkYears() {
    return store.read(
        t -> {
          var years = new TreeSet<Integer>(Comparator.reverseOrder());
          t.inspections.values().forEach(i -> years.add(i.details().fieldworkStarted().getYear()));
          return List.copyOf(years);
        });
  }

  private static Comparator<Inspection> order(Order order, InMemoryStore.Tables t) {
    Comparator<Inspection> byId = Comparator.comparing(i -> i.id().value());
    return switch (order) {
      case NEWEST_FIRST ->
          Comparator.comparing((Inspection i) -> i.details().fieldworkStarted())
              .reversed()
              .thenComparing(byId);
      case BY_REGION_AND_PDU ->
          Comparator.comparing(
                  (Inspection i) -> {
                    Region region = t.regions.get(t.pdus.get(i.pduId()).regionId());
                    return region.name();
                  })
              .thenComparing(i -> t.pdus.get(i.pduId()).name())
              .thenComparing(byId);
    };
  }

  private static InspectionDigest digest(Inspection i, InMemoryStore.Tables t) {
    Pdu pdu = t.pdus.get(i.pduId());
    return new InspectionDigest(
        i.id(),
        i.pduId(),
        pdu.name(),
        pdu.level(),
        pdu.regionId(),
        t.regions.get(pdu.regionId()).name(),
        i.frameworkId(),
        i.details(),
        i.results(),
        i.published(),
        i.publishedRecord(),
        i.notes(),
        i.recommendations().size(),
        i.version());
  }
}
