package org.probationinspections.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.RatingProfile;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

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
   * How many of the matching inspections share each rating profile, by region and fieldwork year:
   * the store counts, the domain rates each profile once, and no inspection is read whole. In order
   * of region name, then year.
   */
  List<ProfileCount> ratingProfiles(ProfileFilter filter);

  /**
   * Which inspections {@link #ratingProfiles} counts: of a region or all, of a fieldwork year or
   * all; {@code latestOnly} keeps each PDU's most recent among them.
   */
  record ProfileFilter(Optional<RegionId> region, Optional<Integer> year, boolean latestOnly) {
    public ProfileFilter {
      Require.present("region", region);
      Require.present("year", year);
    }
  }

  /** How many inspections of a region, whose fieldwork started in {@code year}, share a profile. */
  record ProfileCount(
      RegionId region, String regionName, int year, RatingProfile profile, int count) {
    public ProfileCount {
      Require.present("region", region);
      Require.present("profile", profile);
      if (count <= 0) {
        throw new IllegalArgumentException("count " + count);
      }
    }
  }

  /**
   * Each matching inspection's names and rating profile, in no particular order: what a list
   * ordered by a computed value (a score, an overall rating) is sorted by before its page is read
   * with {@link #digests}. No child row is read but the standards' ratings.
   */
  List<SortKey> sortKeys(ProfileFilter filter);

  /** An inspection's names and rating profile. */
  record SortKey(InspectionId id, String pdu, String region, RatingProfile profile) {
    public SortKey {
      Require.present("id", id);
      Require.present("profile", profile);
    }
  }

  /** The digests of these inspections, in the order given; an unknown id is left out. */
  List<InspectionDigest> digests(List<InspectionId> ids);

  /** The years in which some fieldwork started, newest first. */
  List<Integer> fieldworkYears();

  /**
   * {@code latestOnly} keeps each PDU's most recent inspection among those the other filters keep;
   * {@code year} is the year fieldwork started.
   */
  record Filter(
      Optional<RegionId> region,
      Optional<PduId> pdu,
      Optional<Integer> year,
      boolean latestOnly,
      Order order,
      int offset,
      int limit) {
    public Filter {
      Require.present("region", region);
      Require.present("pdu", pdu);
      Require.present("year", year);
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
