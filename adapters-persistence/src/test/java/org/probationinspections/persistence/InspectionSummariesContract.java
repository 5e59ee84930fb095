package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.probationinspections.persistence.Fixtures.BLACKBURN;
import static org.probationinspections.persistence.Fixtures.CHESHIRE_WEST;
import static org.probationinspections.persistence.Fixtures.GATESHEAD;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.unit.RegionId;

/**
 * The summaries of inspections: filtered, ordered, paged and counted; the fieldwork years; what a
 * digest keeps.
 */
abstract class InspectionSummariesContract extends StoreContract {

  private List<String> summaryIds(
      Optional<RegionId> region,
      Optional<Integer> year,
      boolean latestOnly,
      InspectionSummaries.Order order,
      int offset,
      int limit) {
    return store
        .inspectionSummaries()
        .find(
            new InspectionSummaries.Filter(
                region, Optional.empty(), year, Optional.empty(), latestOnly, order, offset, limit))
        .items()
        .stream()
        .map(d -> d.id().value())
        .toList();
  }

  private void saveFourInspections() {
    saveUnits();
    savedInspection("kn21", KNOWSLEY, LocalDate.of(2021, 5, 4));
    savedInspection("kn23", KNOWSLEY, LocalDate.of(2023, 3, 6));
    savedInspection("cw23", CHESHIRE_WEST, LocalDate.of(2023, 6, 12));
    savedInspection("ga22", GATESHEAD, LocalDate.of(2022, 1, 10));
  }

  @Test
  void inspectionSummaries_areNewestFirst_andLatestOnlyKeepsEachPdusNewest() {
    saveFourInspections();
    var newest = InspectionSummaries.Order.NEWEST_FIRST;
    var none = Optional.<RegionId>empty();

    assertEquals(
        List.of("cw23", "kn23", "ga22", "kn21"),
        summaryIds(none, Optional.empty(), false, newest, 0, 50));
    assertEquals(
        List.of("cw23", "kn23", "ga22"), summaryIds(none, Optional.empty(), true, newest, 0, 50));
    assertEquals(
        List.of("ga22"),
        summaryIds(Optional.of(NORTH_EAST.id()), Optional.empty(), true, newest, 0, 50));
    assertEquals(List.of("kn21"), summaryIds(none, Optional.of(2021), true, newest, 0, 50));
    assertEquals(List.of("cw23", "kn23"), summaryIds(none, Optional.of(2023), true, newest, 0, 50));
  }

  @Test
  void inspectionSummaries_pageAndCountAll_andOrderByRegionThenPdu() {
    saveFourInspections();
    var filter =
        new InspectionSummaries.Filter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            InspectionSummaries.Order.NEWEST_FIRST,
            1,
            2);

    var page = store.inspectionSummaries().find(filter);

    assertEquals(4, page.total());
    assertEquals(List.of("kn23", "ga22"), page.items().stream().map(d -> d.id().value()).toList());
    assertEquals(
        List.of("ga22", "cw23", "kn23"),
        summaryIds(
            Optional.empty(),
            Optional.empty(),
            true,
            InspectionSummaries.Order.BY_REGION_AND_PDU,
            0,
            50));
    assertEquals(List.of(2023, 2022, 2021), store.inspectionSummaries().fieldworkYears());
  }

  /** The fixture's inspection: 1.1 Requires improvement, 2.2 Inadequate, 2.1 not rated. */
  private static final InspectionSummaries.Rated FIXTURE_RATED =
      InspectionSummaries.Rated.full(
          Fixtures.FRAMEWORK, Map.of(Rating.REQUIRES_IMPROVEMENT, 1, Rating.INADEQUATE, 1));

  private List<InspectionSummaries.ProfileCount> profiles(
      Optional<RegionId> region, Optional<Integer> year, boolean latestOnly, boolean byRegion) {
    return store
        .inspectionSummaries()
        .ratingProfiles(new InspectionSummaries.ProfileFilter(region, year, latestOnly, byRegion));
  }

  @Test
  void
      ratingProfiles_countTheInspectionsRatedAlike_byRegionAndYear_latestOnlyKeepsEachPdusNewest() {
    saveFourInspections();
    var rated = FIXTURE_RATED;

    assertEquals(
        List.of(
            new InspectionSummaries.ProfileCount(
                Optional.of(NORTH_EAST.id()), "North East", 2022, rated, 1),
            new InspectionSummaries.ProfileCount(
                Optional.of(NORTH_WEST.id()), "North West", 2023, rated, 2)),
        profiles(Optional.empty(), Optional.empty(), true, true));
    assertEquals(
        List.of(
            new InspectionSummaries.ProfileCount(Optional.empty(), "", 2021, rated, 1),
            new InspectionSummaries.ProfileCount(Optional.empty(), "", 2022, rated, 1),
            new InspectionSummaries.ProfileCount(Optional.empty(), "", 2023, rated, 2)),
        profiles(Optional.empty(), Optional.empty(), false, false));
    assertEquals(
        List.of(
            new InspectionSummaries.ProfileCount(
                Optional.of(NORTH_WEST.id()), "North West", 2023, rated, 2)),
        profiles(Optional.of(NORTH_WEST.id()), Optional.of(2023), true, true));
    assertEquals(
        List.of(
            new InspectionSummaries.ProfileCount(
                Optional.of(NORTH_EAST.id()), "North East", 2022, rated, 1)),
        store
            .inspectionSummaries()
            .ratingProfiles(
                new InspectionSummaries.ProfileFilter(
                    Optional.empty(), List.of(NORTH_EAST.id()), Optional.empty(), true, true)));
  }

  @Test
  void ratingProfiles_tellInspectionsRatedDifferentlyApart_andKeepAPublishedSummarysRatings() {
    saveUnits();
    savedInspection("kn23", KNOWSLEY, LocalDate.of(2023, 3, 6));
    Inspection other = Fixtures.inspection("cw23", CHESHIRE_WEST, LocalDate.of(2023, 6, 12));
    Inspection summary =
        new Inspection(
            other.id(),
            other.pduId(),
            other.frameworkId(),
            other.details(),
            other.results(),
            List.of(),
            List.of(),
            other.published(),
            other
                .publishedRecord()
                .map(r -> new PublishedRecord(r.source(), r.date(), r.recommendations(), true)),
            List.of(),
            0);
    store.inspections().save(summary);

    var profiles = profiles(Optional.empty(), Optional.empty(), true, false);

    assertEquals(
        java.util.Set.of(
            new InspectionSummaries.ProfileCount(Optional.empty(), "", 2023, FIXTURE_RATED, 1),
            new InspectionSummaries.ProfileCount(
                Optional.empty(), "", 2023, InspectionSummaries.Rated.of(summary), 1)),
        java.util.Set.copyOf(profiles));
    assertEquals(
        Map.of(
            "1.1", Rating.REQUIRES_IMPROVEMENT, "2.2", Rating.INADEQUATE, "2.1", Rating.NOT_RATED),
        InspectionSummaries.Rated.of(summary).ratings());
  }

  @Test
  void standardRatings_countEachStandardsRatings_ofTheLatestInspections() {
    saveFourInspections();

    var counts =
        store
            .inspectionSummaries()
            .standardRatings(
                new InspectionSummaries.ProfileFilter(
                    Optional.empty(), Optional.empty(), true, false));

    assertEquals(
        java.util.Set.of(
            new InspectionSummaries.StandardCount(
                Fixtures.FRAMEWORK, "1.1", Rating.REQUIRES_IMPROVEMENT, 3),
            new InspectionSummaries.StandardCount(Fixtures.FRAMEWORK, "2.2", Rating.INADEQUATE, 3),
            new InspectionSummaries.StandardCount(Fixtures.FRAMEWORK, "2.1", Rating.NOT_RATED, 3)),
        java.util.Set.copyOf(counts));
  }

  @Test
  void sortKeys_nameEachMatchingInspection_withWhatDecidesItsRating_andOneStandardsRating() {
    saveFourInspections();

    var keys =
        store
            .inspectionSummaries()
            .sortKeys(
                new InspectionSummaries.ProfileFilter(
                    Optional.of(NORTH_WEST.id()), Optional.empty(), true, false),
                Optional.of("2.2"));

    assertEquals(
        java.util.Set.of(
            new InspectionSummaries.SortKey(
                new InspectionId("kn23"),
                "Knowsley and St Helens",
                "North West",
                FIXTURE_RATED,
                Optional.of(Rating.INADEQUATE)),
            new InspectionSummaries.SortKey(
                new InspectionId("cw23"),
                "Cheshire West",
                "North West",
                FIXTURE_RATED,
                Optional.of(Rating.INADEQUATE))),
        java.util.Set.copyOf(keys));
  }

  /** The stored version of an inspection, which a standing is of. */
  private long version(String id) {
    return store.inspections().get(new InspectionId(id)).version();
  }

  private InspectionSummaries.Standing standing(
      String id, int score, int maximum, Optional<Rating> overall) {
    return new InspectionSummaries.Standing(version(id), score, maximum, overall);
  }

  /**
   * Four PDUs' latest inspections with standings: two at three quarters of their maximum (a tie),
   * one lower, one a partial record with no overall rating; Knowsley's earlier inspection is not
   * its latest and is never listed.
   */
  private void saveRankedInspections() {
    saveFourInspections();
    savedInspection("bb23", BLACKBURN, LocalDate.of(2023, 9, 4));
    store
        .inspectionSummaries()
        .recordStandings(
            "rules-1",
            Map.of(
                new InspectionId("kn21"), standing("kn21", 24, 24, Optional.of(Rating.OUTSTANDING)),
                new InspectionId("kn23"), standing("kn23", 18, 24, Optional.of(Rating.OUTSTANDING)),
                new InspectionId("cw23"), standing("cw23", 9, 12, Optional.of(Rating.GOOD)),
                new InspectionId("ga22"), standing("ga22", 6, 24, Optional.of(Rating.INADEQUATE)),
                new InspectionId("bb23"), standing("bb23", 6, 18, Optional.empty())));
  }

  /** The league's page as "place id" lines: "=1 cw23", "3 ga22", "– bb23". */
  private List<String> league(
      Optional<RegionId> region,
      InspectionSummaries.LeagueValue value,
      boolean ascending,
      int offset,
      int limit) {
    return store
        .inspectionSummaries()
        .league(
            new InspectionSummaries.LeagueQuery(
                region,
                value,
                value == InspectionSummaries.LeagueValue.STANDARD
                    ? Optional.of("2.2")
                    : Optional.empty(),
                value == InspectionSummaries.LeagueValue.STANDARD
                    ? List.of(Fixtures.FRAMEWORK)
                    : List.of(),
                ascending,
                offset,
                limit))
        .entries()
        .stream()
        .map(
            e ->
                e.place().map(p -> (e.shared() ? "=" : "") + p).orElse("–")
                    + " "
                    + e.inspection().value())
        .toList();
  }

  @Test
  void league_ranksEachPdusLatest_byShareOfItsMaximum_tiesShareAPlace_partialRecordsLast() {
    saveRankedInspections();
    var score = InspectionSummaries.LeagueValue.SCORE;
    var none = Optional.<RegionId>empty();

    assertEquals(
        List.of("=1 cw23", "=1 kn23", "3 ga22", "– bb23"), league(none, score, false, 0, 50));
    assertEquals(
        List.of("1 ga22", "=2 cw23", "=2 kn23", "– bb23"), league(none, score, true, 0, 50));
    assertEquals(List.of("=1 kn23", "3 ga22"), league(none, score, false, 1, 2));
    assertEquals(
        List.of("=1 cw23", "=1 kn23", "– bb23"),
        league(Optional.of(NORTH_WEST.id()), score, false, 0, 50));
    assertEquals(
        4,
        store
            .inspectionSummaries()
            .league(
                new InspectionSummaries.LeagueQuery(
                    none, score, Optional.empty(), List.of(), false, 1, 2))
            .total());
    assertEquals(List.of(), league(none, score, false, 10, 2));
  }

  @Test
  void league_byOverallRating_orByAStandard_ofItsOwnFrameworksOnly() {
    saveRankedInspections();
    var none = Optional.<RegionId>empty();

    assertEquals(
        List.of("1 kn23", "2 cw23", "3 ga22", "– bb23"),
        league(none, InspectionSummaries.LeagueValue.OVERALL, false, 0, 50));
    // Every fixture inspection rates 2.2 Inadequate: one place for all.
    assertEquals(
        List.of("=1 bb23", "=1 cw23", "=1 ga22", "=1 kn23"),
        league(none, InspectionSummaries.LeagueValue.STANDARD, false, 0, 50));
    assertEquals(
        List.of("– bb23", "– cw23", "– ga22", "– kn23"),
        store
            .inspectionSummaries()
            .league(
                new InspectionSummaries.LeagueQuery(
                    none,
                    InspectionSummaries.LeagueValue.STANDARD,
                    Optional.of("2.2"),
                    List.of(new org.probationinspections.domain.framework.FrameworkId("other")),
                    false,
                    0,
                    50))
            .entries()
            .stream()
            .map(e -> e.place().map(String::valueOf).orElse("–") + " " + e.inspection().value())
            .toList());
  }

  @Test
  void standings_areMissingUntilRecorded_forOtherRules_andAgainOnceTheInspectionIsSaved() {
    saveFourInspections();
    var summaries = store.inspectionSummaries();

    assertEquals(
        List.of("cw23", "ga22", "kn21", "kn23"),
        ids(summaries.withoutStanding(Fixtures.FRAMEWORK, "rules-1", 10)));
    summaries.recordStandings(
        "rules-1",
        Map.of(
            new InspectionId("kn21"),
            standing("kn21", 1, 2, Optional.of(Rating.GOOD)),
            new InspectionId("kn23"),
            standing("kn23", 1, 2, Optional.of(Rating.GOOD)),
            // Of a version that is not the stored one: not kept.
            new InspectionId("cw23"),
            new InspectionSummaries.Standing(version("cw23") + 1, 1, 2, Optional.of(Rating.GOOD))));

    assertEquals(
        List.of("cw23", "ga22"), ids(summaries.withoutStanding(Fixtures.FRAMEWORK, "rules-1", 10)));
    assertEquals(List.of("cw23"), ids(summaries.withoutStanding(Fixtures.FRAMEWORK, "rules-1", 1)));
    assertEquals(4, summaries.withoutStanding(Fixtures.FRAMEWORK, "rules-2", 10).size());
    assertEquals(
        List.of(),
        summaries.withoutStanding(
            new org.probationinspections.domain.framework.FrameworkId("other"), "rules-1", 10));

    store.inspections().save(store.inspections().get(new InspectionId("kn23")));

    assertEquals(
        List.of("cw23", "ga22", "kn23"),
        ids(summaries.withoutStanding(Fixtures.FRAMEWORK, "rules-1", 10)));
  }

  @Test
  void idsUnder_walkAFrameworksInspections_inIdOrder_aPageAtATime() {
    saveFourInspections();
    var summaries = store.inspectionSummaries();

    assertEquals(
        List.of("cw23", "ga22"), ids(summaries.idsUnder(Fixtures.FRAMEWORK, Optional.empty(), 2)));
    assertEquals(
        List.of("kn21", "kn23"),
        ids(summaries.idsUnder(Fixtures.FRAMEWORK, Optional.of(new InspectionId("ga22")), 2)));
    assertEquals(
        List.of(),
        summaries.idsUnder(Fixtures.FRAMEWORK, Optional.of(new InspectionId("kn23")), 2));
    assertEquals(
        List.of(),
        summaries.idsUnder(
            new org.probationinspections.domain.framework.FrameworkId("other"),
            Optional.empty(),
            10));
  }

  @Test
  void storedStandings_sayUnderWhichRules_untilTheInspectionIsSavedAgain() {
    saveFourInspections();
    var summaries = store.inspectionSummaries();
    summaries.recordStandings(
        "rules-1",
        Map.of(
            new InspectionId("kn21"), standing("kn21", 14, 27, Optional.of(Rating.GOOD)),
            new InspectionId("kn23"), standing("kn23", 3, 21, Optional.empty())));
    List<InspectionId> asked =
        List.of(new InspectionId("kn21"), new InspectionId("kn23"), new InspectionId("ga22"));

    assertEquals(
        Map.of(
            new InspectionId("kn21"),
            new InspectionSummaries.StoredStanding(
                Optional.of("rules-1"), 14, 27, Optional.of(Rating.GOOD)),
            new InspectionId("kn23"),
            new InspectionSummaries.StoredStanding(
                Optional.of("rules-1"), 3, 21, Optional.empty())),
        summaries.storedStandings(asked));

    store.inspections().save(store.inspections().get(new InspectionId("kn21")));

    assertEquals(
        new InspectionSummaries.StoredStanding(Optional.empty(), 14, 27, Optional.of(Rating.GOOD)),
        summaries.storedStandings(asked).get(new InspectionId("kn21")));
    assertEquals(Map.of(), summaries.storedStandings(List.of()));
  }

  private static List<String> ids(List<InspectionId> ids) {
    return ids.stream().map(InspectionId::value).toList();
  }

  @Test
  void units_nameEachKnownInspectionsPdu() {
    saveFourInspections();

    assertEquals(
        Map.of(
            new InspectionId("kn21"), KNOWSLEY.id(),
            new InspectionId("ga22"), GATESHEAD.id()),
        store
            .inspectionSummaries()
            .units(
                List.of(
                    new InspectionId("kn21"),
                    new InspectionId("nobody"),
                    new InspectionId("ga22"),
                    new InspectionId("kn21"))));
  }

  @Test
  void digests_readTheInspectionsAsked_inTheOrderAsked_leavingOutUnknownIds() {
    saveFourInspections();

    assertEquals(
        List.of("ga22", "kn21", "cw23"),
        store
            .inspectionSummaries()
            .digests(
                List.of(
                    new InspectionId("ga22"),
                    new InspectionId("missing"),
                    new InspectionId("kn21"),
                    new InspectionId("cw23")))
            .stream()
            .map(d -> d.id().value())
            .toList());
  }

  @Test
  void fieldworkYears_areEachYearWithFieldwork_newestFirst_gapsLeftOut() {
    assertEquals(List.of(), store.inspectionSummaries().fieldworkYears());
    saveUnits();
    savedInspection("a", KNOWSLEY, LocalDate.of(2019, 12, 31));
    savedInspection("b", CHESHIRE_WEST, LocalDate.of(2020, 1, 1));
    savedInspection("c", BLACKBURN, LocalDate.of(2020, 12, 31));
    savedInspection("d", GATESHEAD, LocalDate.of(2023, 1, 1));
    savedInspection("e", KNOWSLEY, LocalDate.of(2023, 6, 15));

    assertEquals(List.of(2023, 2020, 2019), store.inspectionSummaries().fieldworkYears());
  }

  @Test
  void inspectionSummary_digest_keepsWhatTheSummaryIsComputedFrom() {
    saveUnits();
    Inspection saved = savedInspection("kn23", KNOWSLEY, LocalDate.of(2023, 3, 6));

    var digest =
        store
            .inspectionSummaries()
            .find(
                new InspectionSummaries.Filter(
                    Optional.empty(),
                    Optional.of(KNOWSLEY.id()),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    InspectionSummaries.Order.NEWEST_FIRST,
                    0,
                    10))
            .items()
            .get(0);

    assertEquals(saved.id(), digest.id());
    assertEquals(saved.pduId(), digest.pduId());
    assertEquals(KNOWSLEY.name(), digest.pdu());
    assertEquals(NORTH_WEST.id(), digest.regionId());
    assertEquals(NORTH_WEST.name(), digest.region());
    assertEquals(saved.frameworkId(), digest.frameworkId());
    assertEquals(saved.details(), digest.details());
    assertEquals(saved.results(), digest.results());
    assertEquals(saved.published(), digest.published());
    assertEquals(saved.publishedRecord(), digest.publishedRecord());
    assertEquals(saved.notes(), digest.notes());
    assertEquals(3, digest.recommendations());
    assertEquals(1, digest.version());
  }

  @Test
  void recommendations_oldestFieldworkFirst_thenByIdAndNumber_pagedByKey() {
    saveUnits();
    List<Inspection> saved =
        List.of(
            savedInspection("insp-c", KNOWSLEY, LocalDate.of(2023, 3, 6)),
            savedInspection("insp-a", GATESHEAD, LocalDate.of(2023, 3, 6)),
            savedInspection("insp-b", CHESHIRE_WEST, LocalDate.of(2022, 11, 7)),
            savedInspection("insp-d", BLACKBURN, LocalDate.of(2024, 1, 8)));
    List<String> expected = new ArrayList<>();
    saved.stream()
        .sorted(
            Comparator.comparing((Inspection i) -> i.details().fieldworkStarted())
                .thenComparing(i -> i.id().value()))
        .forEach(
            i -> i.recommendations().forEach(r -> expected.add(i.id().value() + "/" + r.number())));

    List<String> walked = new ArrayList<>();
    Optional<InspectionSummaries.RecommendationKey> after = Optional.empty();
    while (true) {
      var page =
          store
              .inspectionSummaries()
              .recommendations(
                  new InspectionSummaries.RecommendationQuery(
                      Optional.empty(), Optional.empty(), after, 2));
      if (page.isEmpty()) {
        break;
      }
      page.forEach(
          line -> walked.add(line.inspection().value() + "/" + line.recommendation().number()));
      after = Optional.of(page.get(page.size() - 1).key());
    }

    assertEquals(expected, walked);
    var first =
        store
            .inspectionSummaries()
            .recommendations(
                new InspectionSummaries.RecommendationQuery(
                    Optional.empty(), Optional.empty(), Optional.empty(), 1))
            .get(0);
    assertEquals(saved.get(2).recommendations().get(0), first.recommendation());
    assertEquals(CHESHIRE_WEST.id(), first.pdu());
    assertEquals(LocalDate.of(2022, 11, 7), first.fieldworkStarted());
    assertEquals(
        expected.stream().filter(key -> key.startsWith("insp-a/")).toList(),
        store
            .inspectionSummaries()
            .recommendations(
                new InspectionSummaries.RecommendationQuery(
                    Optional.of(NORTH_EAST.id()), Optional.empty(), Optional.empty(), 100))
            .stream()
            .map(line -> line.inspection().value() + "/" + line.recommendation().number())
            .toList());
    assertEquals(
        expected.stream().filter(key -> key.startsWith("insp-c/")).skip(1).toList(),
        store
            .inspectionSummaries()
            .recommendations(
                new InspectionSummaries.RecommendationQuery(
                    Optional.empty(),
                    Optional.of(KNOWSLEY.id()),
                    Optional.of(
                        new InspectionSummaries.RecommendationKey(
                            LocalDate.of(2023, 3, 6), saved.get(0).id(), 1)),
                    100))
            .stream()
            .map(line -> line.inspection().value() + "/" + line.recommendation().number())
            .toList());
  }
}
