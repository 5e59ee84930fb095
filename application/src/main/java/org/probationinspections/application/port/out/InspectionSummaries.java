package org.probationinspections.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.RatingProfile;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * Reads inspections as the lists need them: filtered, ordered and paged by the store, with only the
 * parts a summary line is computed from (no findings, no recommendation texts). The rules that turn
 * a digest into a score stay in the domain.
 */
public interface InspectionSummaries {

  /** One page of matching inspections in the filter's order, and how many matched. */
  Digests find(Filter filter);

  /**
   * Recommendations of the matching inspections, oldest fieldwork first, then by inspection id and
   * number, starting after {@code after}, at most {@code limit} of them: a page read by its key.
   */
  List<RecommendationLine> recommendations(RecommendationQuery query);

  /** Which recommendations {@link #recommendations} reads: of a region or a PDU, or all. */
  record RecommendationQuery(
      Optional<RegionId> region,
      Optional<PduId> pdu,
      Optional<RecommendationKey> after,
      int limit) {}

  /** Where a recommendation sits in the order of {@link #recommendations}. */
  record RecommendationKey(LocalDate fieldworkStarted, InspectionId inspection, int number) {}

  /** A recommendation with the inspection it belongs to. */
  record RecommendationLine(
      InspectionId inspection,
      PduId pdu,
      LocalDate fieldworkStarted,
      Recommendation recommendation) {

    public RecommendationKey key() {
      return new RecommendationKey(fieldworkStarted, inspection, recommendation.number());
    }
  }

  /**
   * How many of the matching inspections are rated alike ({@link Rated}), by fieldwork year and, if
   * {@code byRegion}, by region: the store counts, the domain rates each group once, and no
   * inspection is read whole. In order of region name (when by region), then year.
   */
  List<ProfileCount> ratingProfiles(ProfileFilter filter);

  /**
   * Which inspections of PDUs (never a region's or the nation's own) are counted: of a region or
   * all, of some regions ({@code regions}; none names no limit), of a fieldwork year or all; {@code
   * latestOnly} keeps each PDU's most recent among them; {@code byRegion} counts each region apart.
   */
  record ProfileFilter(
      Optional<RegionId> region,
      List<RegionId> regions,
      Optional<Integer> year,
      boolean latestOnly,
      boolean byRegion) {
    public ProfileFilter {
      Require.present("region", region);
      regions = List.copyOf(regions);
      Require.present("year", year);
    }

    /** Of any region. */
    public ProfileFilter(
        Optional<RegionId> region, Optional<Integer> year, boolean latestOnly, boolean byRegion) {
      this(region, List.of(), year, latestOnly, byRegion);
    }
  }

  /**
   * What decides the overall rating of an inspection, as the store reads it in bulk. A published
   * summary's rating is decided by what was published and by which standards it rated, so its
   * {@code ratings} are by standard; a full inspection's score, and so its overall rating, by how
   * many of its standards have each rating, so its {@code tally} counts them (NOT_RATED left out)
   * and {@code published} is {@link PublishedSummary#NONE}.
   */
  record Rated(
      FrameworkId framework,
      boolean summaryOnly,
      PublishedSummary published,
      Map<String, Rating> ratings,
      Map<Rating, Integer> tally) {
    public Rated {
      Require.present("framework", framework);
      Require.present("published", published);
      ratings = Map.copyOf(ratings);
      tally = Map.copyOf(tally);
    }

    /** A published summary's. */
    public static Rated summary(
        FrameworkId framework, PublishedSummary published, Map<String, Rating> ratings) {
      return new Rated(framework, true, published, ratings, Map.of());
    }

    /** A full inspection's. */
    public static Rated full(FrameworkId framework, Map<Rating, Integer> tally) {
      Map<Rating, Integer> rated = new java.util.EnumMap<>(Rating.class);
      tally.forEach(
          (rating, count) -> {
            if (rating.isRated() && count > 0) {
              rated.put(rating, count);
            }
          });
      return new Rated(framework, false, PublishedSummary.NONE, Map.of(), rated);
    }

    /** What decides a stored inspection's rating. */
    public static Rated of(Inspection inspection) {
      if (inspection.isSummary()) {
        return summary(inspection.frameworkId(), inspection.published(), inspection.ratings());
      }
      Map<Rating, Integer> tally = new java.util.EnumMap<>(Rating.class);
      inspection.ratings().values().forEach(rating -> tally.merge(rating, 1, Integer::sum));
      return full(inspection.frameworkId(), tally);
    }

    /** The profile the domain rates, under the inspection's framework. */
    public RatingProfile profile(Framework under) {
      return summaryOnly
          ? new RatingProfile(framework, ratings, published, true)
          : RatingProfile.ofTally(under, tally);
    }
  }

  /** How many inspections of a region (if counted by region) and a year are rated alike. */
  record ProfileCount(
      Optional<RegionId> region, String regionName, int year, Rated rated, int count) {
    public ProfileCount {
      Require.present("region", region);
      Require.present("rated", rated);
      if (count <= 0) {
        throw new IllegalArgumentException("count " + count);
      }
    }
  }

  /**
   * How many of the matching inspections (filtered as {@link #ratingProfiles}, never by region)
   * rate each standard of their framework each way.
   */
  List<StandardCount> standardRatings(ProfileFilter filter);

  /** How many inspections under a framework give a standard a rating. */
  record StandardCount(FrameworkId framework, String code, Rating rating, int count) {}

  /**
   * Each matching inspection's names, what decides its rating, and its rating of the standard
   * {@code standard} names (if any), in no particular order: what a list ordered by a computed
   * value (a score, an overall rating) is sorted by before its page is read with {@link #digests}.
   * No child row is read but the standards' ratings.
   */
  List<SortKey> sortKeys(ProfileFilter filter, Optional<String> standard);

  /** An inspection's names, what decides its rating, and its rating of one standard. */
  record SortKey(
      InspectionId id, String pdu, String region, Rated rated, Optional<Rating> standard) {
    public SortKey {
      Require.present("id", id);
      Require.present("rated", rated);
      Require.present("standard", standard);
    }
  }

  /**
   * The numbers of the recommendations of each of these inspections, in order, read without their
   * texts; an inspection without recommendations, or unknown, has none.
   */
  Map<InspectionId, List<Integer>> recommendationNumbers(List<InspectionId> ids);

  /** The PDU (or other unit) of each of these inspections, read without any child row. */
  Map<InspectionId, PduId> units(List<InspectionId> ids);

  /** The digests of these inspections, in the order given; an unknown id is left out. */
  List<InspectionDigest> digests(List<InspectionId> ids);

  /** The years in which some fieldwork started, newest first. */
  List<Integer> fieldworkYears();

  /**
   * Up to {@code limit} inspections under {@code framework} whose standing is not stored, or was
   * computed under other rules than {@code rules} (a framework's file changed since): what {@link
   * #recordStandings} has to catch up on before {@link #league} reads. Saving an inspection forgets
   * its standing.
   */
  List<InspectionId> withoutStanding(FrameworkId framework, String rules, int limit);

  /**
   * Stores each inspection's standing, computed under {@code rules} of its framework, unless the
   * inspection was saved again since the version the standing was computed from.
   */
  void recordStandings(String rules, Map<InspectionId, Standing> standings);

  /**
   * Up to {@code limit} inspections under {@code framework}, in id order, after {@code after}: a
   * walk through every inspection of a framework, a page at a time.
   */
  List<InspectionId> idsUnder(FrameworkId framework, Optional<InspectionId> after, int limit);

  /**
   * The standing last stored for each of these inspections, with the rules it was computed under:
   * what the product last stated of it. The rules are empty when the inspection was saved since; an
   * inspection never assessed is left out.
   */
  Map<InspectionId, StoredStanding> storedStandings(List<InspectionId> ids);

  /**
   * A page of the league: the latest inspection of each PDU (of a region, if one is named), ranked
   * by their stored standings, best first unless ascending. Inspections with no value to rank by
   * come last, unranked; equal values share a place and the next takes the place after as many rows
   * as came before it (1, 2, 2, 4); ties are listed by PDU name.
   */
  LeaguePage league(LeagueQuery query);

  /**
   * What the rules make of an inspection as it was at {@code version}, stored so that the store can
   * rank by it: its score out of its maximum, and its overall rating (none when the rules give
   * none). A standing of a version since replaced is not stored.
   */
  record Standing(long version, int score, int maximum, Optional<Rating> overall) {
    public Standing {
      Require.present("overall", overall);
    }
  }

  /** A standing as stored: under which rules, unless the inspection was saved since. */
  record StoredStanding(Optional<String> rules, int score, int maximum, Optional<Rating> overall) {
    public StoredStanding {
      Require.present("rules", rules);
      Require.present("overall", overall);
    }
  }

  /** What the league ranks by: the score's share of its maximum, the overall rating, a standard. */
  enum LeagueValue {
    SCORE,
    OVERALL,
    STANDARD
  }

  /**
   * A page of the league. {@code standard} names the standard's code and the frameworks that rate
   * it under that heading when ranking by {@link LeagueValue#STANDARD}; other frameworks' rows have
   * no value to rank by.
   */
  record LeagueQuery(
      Optional<RegionId> region,
      LeagueValue value,
      Optional<String> standard,
      List<FrameworkId> frameworks,
      boolean ascending,
      int offset,
      int limit) {
    public LeagueQuery {
      Require.present("region", region);
      Require.present("value", value);
      Require.present("standard", standard);
      frameworks = List.copyOf(frameworks);
      if (value == LeagueValue.STANDARD && (standard.isEmpty() || frameworks.isEmpty())) {
        throw new InvalidValueException(
            "standard", "a league by a standard names the standard and its frameworks");
      }
      if (offset < 0 || limit < 1) {
        throw new InvalidValueException(
            "page", "offset " + offset + " and limit " + limit + " do not make a page");
      }
    }
  }

  /** A row of the league: its inspection, its place (none if unranked), and if it is shared. */
  record LeagueEntry(InspectionId inspection, Optional<Integer> place, boolean shared) {
    public LeagueEntry {
      Require.present("inspection", inspection);
      Require.present("place", place);
    }
  }

  /** A page of the league and how many rows the whole league has. */
  record LeaguePage(List<LeagueEntry> entries, int total) {
    public LeaguePage {
      entries = List.copyOf(entries);
    }
  }

  /**
   * {@code latestOnly} keeps each unit's most recent inspection among those the other filters keep;
   * {@code year} is the year fieldwork started; {@code level} keeps the inspections of units of one
   * level (PDUs, say, for a table of PDUs).
   */
  record Filter(
      Optional<RegionId> region,
      Optional<PduId> pdu,
      Optional<Integer> year,
      Optional<UnitLevel> level,
      boolean latestOnly,
      Order order,
      int offset,
      int limit) {
    public Filter {
      Require.present("region", region);
      Require.present("pdu", pdu);
      Require.present("year", year);
      Require.present("level", level);
      Require.present("order", order);
      if (offset < 0 || limit <= 0) {
        throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
      }
    }
  }

  /** How a list is ordered; ties are broken by the inspection's id. */
  enum Order {
    /** Newest fieldwork first. */
    NEWEST_FIRST,
    /** By region name, then PDU name (code point order, as Java compares strings). */
    BY_REGION_AND_PDU
  }

  /** A page of digests and how many matched in all. */
  record Digests(List<InspectionDigest> items, int total) {
    public Digests {
      items = List.copyOf(items);
    }
  }

  /** What a summary line of an inspection is computed from, with the names it shows. */
  record InspectionDigest(
      InspectionId id,
      PduId pduId,
      String pdu,
      UnitLevel level,
      RegionId regionId,
      String region,
      FrameworkId frameworkId,
      InspectionDetails details,
      List<StandardResult> results,
      PublishedSummary published,
      Optional<PublishedRecord> publishedRecord,
      List<String> notes,
      int recommendations,
      long version) {
    public InspectionDigest {
      results = List.copyOf(results);
      notes = List.copyOf(notes);
    }
  }
}
