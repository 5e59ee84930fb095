package org.probationinspections.persistence.jdbc.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.InspectionSummaries.Filter;
import org.probationinspections.application.port.out.InspectionSummaries.Order;
import org.probationinspections.application.port.out.InspectionSummaries.ProfileCount;
import org.probationinspections.application.port.out.InspectionSummaries.ProfileFilter;
import org.probationinspections.application.port.out.InspectionSummaries.SortKey;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.RatingProfile;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.jdbc.Dialect;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/** Inspections by their rating profiles: counted by the database, or each with its names. */
final class RatingProfiles {

  private RatingProfiles() {}

  /**
   * The profiles counted by the database: each inspection's standard ratings are joined into one
   * text in position order (read by the primary key's prefix), and the inspections are grouped by
   * region, fieldwork year, framework, what was published and that text. Only the groups leave the
   * database.
   */
  static List<ProfileCount> count(
      JdbcTransactions transactions, Dialect dialect, ProfileFilter asked) {
    Filter filter =
        new Filter(
            asked.region(),
            Optional.empty(),
            asked.year(),
            asked.latestOnly(),
            Order.NEWEST_FIRST,
            0,
            1);
    String year =
        switch (dialect) {
          case SQLITE -> "CAST(substr(i.fieldwork_started, 1, 4) AS INTEGER)";
          case POSTGRESQL -> "CAST(EXTRACT(YEAR FROM i.fieldwork_started) AS INTEGER)";
        };
    String columns =
        "region_id, region_name, fieldwork_year, framework_id, summary_only, published_score,"
            + " published_maximum, published_overall, ratings";
    String sql =
        "SELECT "
            + columns
            + ", COUNT(*) AS n FROM (SELECT p.region_id, r.name AS region_name, "
            + year
            + " AS fieldwork_year, i.framework_id, i.summary_only, i.published_score,"
            + " i.published_maximum, i.published_overall,"
            + joinedRatings(dialect)
            + " AS ratings"
            + " FROM inspections i JOIN pdus p ON p.id = i.pdu_id"
            + " JOIN regions r ON r.id = p.region_id WHERE 1 = 1"
            + JdbcInspectionSummaries.filters(filter)
            + JdbcInspectionSummaries.latest(filter)
            + ") profiled GROUP BY "
            + columns
            + " ORDER BY region_name, fieldwork_year, ratings";
    return transactions.read(
        handle ->
            JdbcInspectionSummaries.bind(handle.createQuery(sql), filter, dialect)
                .map(
                    (row, context) ->
                        new ProfileCount(
                            new RegionId(row.getString("region_id")),
                            row.getString("region_name"),
                            row.getInt("fieldwork_year"),
                            new RatingProfile(
                                new FrameworkId(row.getString("framework_id")),
                                ratings(row.getString("ratings")),
                                InspectionColumns.published(row),
                                row.getBoolean("summary_only")),
                            row.getInt("n")))
                .list());
  }

  /**
   * Each matching inspection's id, names and rating profile: no child row but the standards'
   * ratings, joined into one text as {@link #count} joins them.
   */
  static List<SortKey> keys(JdbcTransactions transactions, Dialect dialect, ProfileFilter asked) {
    Filter filter =
        new Filter(
            asked.region(),
            Optional.empty(),
            asked.year(),
            asked.latestOnly(),
            Order.NEWEST_FIRST,
            0,
            1);
    String sql =
        "SELECT i.id, p.name AS pdu_name, r.name AS region_name, i.framework_id, i.summary_only,"
            + " i.published_score, i.published_maximum, i.published_overall, "
            + joinedRatings(dialect)
            + " AS ratings FROM inspections i JOIN pdus p ON p.id = i.pdu_id"
            + " JOIN regions r ON r.id = p.region_id WHERE 1 = 1"
            + JdbcInspectionSummaries.filters(filter)
            + JdbcInspectionSummaries.latest(filter);
    return transactions.read(
        handle ->
            JdbcInspectionSummaries.bind(handle.createQuery(sql), filter, dialect)
                .map(
                    (row, context) ->
                        new SortKey(
                            new InspectionId(row.getString("id")),
                            row.getString("pdu_name"),
                            row.getString("region_name"),
                            new RatingProfile(
                                new FrameworkId(row.getString("framework_id")),
                                ratings(row.getString("ratings")),
                                InspectionColumns.published(row),
                                row.getBoolean("summary_only"))))
                .list());
  }

  /** An inspection's standard ratings in position order, as one text (code, rating; apart). */
  private static String joinedRatings(Dialect dialect) {
    String unit;
    String pair;
    switch (dialect) {
      case SQLITE -> {
        unit = "char(31)";
        pair = "char(30)";
      }
      case POSTGRESQL -> {
        unit = "chr(31)";
        pair = "chr(30)";
      }
      default -> throw new IllegalStateException("unknown dialect");
    }
    return "(SELECT string_agg(s.code || "
        + pair
        + " || s.rating, "
        + unit
        + " ORDER BY s.position) FROM standard_results s WHERE s.inspection_id = i.id)";
  }

  /** The ratings joined by {@link #count}: code and rating pairs, apart by unit. */
  private static Map<String, Rating> ratings(String joined) {
    Map<String, Rating> ratings = new LinkedHashMap<>();
    if (joined == null || joined.isEmpty()) {
      return ratings;
    }
    for (String unit : joined.split("\u001f")) {
      int apart = unit.lastIndexOf('\u001e');
      ratings.put(unit.substring(0, apart), Rating.valueOf(unit.substring(apart + 1)));
    }
    return ratings;
  }
}
