package org.probationinspections.persistence.jdbc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.InspectionSummaries.Filter;
import org.probationinspections.application.port.out.InspectionSummaries.Order;
import org.probationinspections.application.port.out.InspectionSummaries.ProfileCount;
import org.probationinspections.application.port.out.InspectionSummaries.ProfileFilter;
import org.probationinspections.application.port.out.InspectionSummaries.Rated;
import org.probationinspections.application.port.out.InspectionSummaries.SortKey;
import org.probationinspections.application.port.out.InspectionSummaries.StandardCount;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.persistence.jdbc.Dialect;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/**
 * Inspections by what decides their rating, read in bulk. A full inspection is read as the count of
 * each rating among its standards (one probe of the primary key of {@code standard_results}), so
 * that inspections rated alike group together; a published summary (few) with each standard's
 * rating joined into one text. The WHERE clause is built from constant fragments; every value is
 * bound.
 */
final class RatingProfiles {

  private RatingProfiles() {}

  private static final List<Rating> SCALE =
      List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE);

  private static Filter filter(ProfileFilter asked) {
    return new Filter(
        asked.region(),
        Optional.empty(),
        asked.year(),
        Optional.of(UnitLevel.PDU),
        asked.latestOnly(),
        Order.NEWEST_FIRST,
        0,
        1);
  }

  /**
   * The four counts of a full inspection's ratings in one number, read in one probe of the primary
   * key's prefix: each rating a digit pair in base 100 (a framework rates far fewer than a hundred
   * standards), Outstanding highest.
   */
  private static String tally() {
    StringBuilder sum = new StringBuilder(", (SELECT COALESCE(SUM(CASE s.rating");
    long weight = 1;
    for (int at = SCALE.size() - 1; at >= 0; at--) {
      sum.append(" WHEN '").append(SCALE.get(at).name()).append("' THEN ").append(weight);
      weight *= 100;
    }
    return sum.append(" ELSE 0 END), 0) FROM standard_results s WHERE s.inspection_id = i.id)")
        .append(" AS tally")
        .toString();
  }

  private static Map<Rating, Integer> tally(ResultSet row) throws SQLException {
    long packed = row.getLong("tally");
    Map<Rating, Integer> tally = new EnumMap<>(Rating.class);
    for (int at = SCALE.size() - 1; at >= 0; at--) {
      tally.put(SCALE.get(at), (int) (packed % 100));
      packed /= 100;
    }
    return tally;
  }

  /** The condition of {@link ProfileFilter#regions}: none when it names none. */
  private static String regions(ProfileFilter asked) {
    return asked.regions().isEmpty() ? "" : " AND p.region_id IN (<regions>)";
  }

  private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(
      S statement, Filter filter, Dialect dialect, ProfileFilter asked) {
    JdbcInspectionSummaries.bind(statement, filter, dialect);
    if (!asked.regions().isEmpty()) {
      statement.bindList("regions", asked.regions().stream().map(RegionId::value).toList());
    }
    return statement;
  }

  private static String year(Dialect dialect) {
    return switch (dialect) {
      case SQLITE -> "CAST(substr(i.fieldwork_started, 1, 4) AS INTEGER)";
      case POSTGRESQL -> "CAST(EXTRACT(YEAR FROM i.fieldwork_started) AS INTEGER)";
    };
  }

  private static final String FROM =
      " FROM inspections i JOIN pdus p ON p.id = i.pdu_id JOIN regions r ON r.id = p.region_id"
          + " WHERE i.summary_only = :summary";

  static List<ProfileCount> count(
      JdbcTransactions transactions, Dialect dialect, ProfileFilter asked) {
    Filter filter = filter(asked);
    String where =
        FROM
            + JdbcInspectionSummaries.filters(filter)
            + regions(asked)
            + JdbcInspectionSummaries.latest(filter);
    String place = asked.byRegion() ? "p.region_id, r.name AS region_name, " : "";
    String placeColumns = asked.byRegion() ? "region_id, region_name, " : "";
    String full =
        "SELECT "
            + placeColumns
            + "fieldwork_year, framework_id, tally, COUNT(*) AS n FROM (SELECT "
            + place
            + year(dialect)
            + " AS fieldwork_year, i.framework_id"
            + tally()
            + where
            + ") tallied GROUP BY "
            + placeColumns
            + "fieldwork_year, framework_id, tally";
    String summaries =
        "SELECT "
            + placeColumns
            + "fieldwork_year, framework_id, published_score, published_maximum,"
            + " published_overall, ratings, COUNT(*) AS n FROM (SELECT "
            + place
            + year(dialect)
            + " AS fieldwork_year, i.framework_id, i.published_score, i.published_maximum,"
            + " i.published_overall, "
            + joinedRatings(dialect)
            + " AS ratings"
            + where
            + ") joined GROUP BY "
            + placeColumns
            + "fieldwork_year, framework_id, published_score, published_maximum,"
            + " published_overall, ratings";
    return transactions.read(
        handle -> {
          List<ProfileCount> counted = new java.util.ArrayList<>();
          counted.addAll(
              bind(handle.createQuery(full), filter, dialect, asked)
                  .bind("summary", false)
                  .map(
                      (row, context) ->
                          counted(
                              row,
                              asked.byRegion(),
                              Rated.full(
                                  new FrameworkId(row.getString("framework_id")), tally(row))))
                  .list());
          counted.addAll(
              bind(handle.createQuery(summaries), filter, dialect, asked)
                  .bind("summary", true)
                  .map(
                      (row, context) ->
                          counted(
                              row,
                              asked.byRegion(),
                              Rated.summary(
                                  new FrameworkId(row.getString("framework_id")),
                                  InspectionColumns.published(row),
                                  ratings(row.getString("ratings")))))
                  .list());
          counted.sort(
              java.util.Comparator.comparing(ProfileCount::regionName)
                  .thenComparingInt(ProfileCount::year));
          return counted;
        });
  }

  private static ProfileCount counted(ResultSet row, boolean byRegion, Rated rated)
      throws SQLException {
    return new ProfileCount(
        byRegion ? Optional.of(new RegionId(row.getString("region_id"))) : Optional.empty(),
        byRegion ? row.getString("region_name") : "",
        row.getInt("fieldwork_year"),
        rated,
        row.getInt("n"));
  }

  /** How many of the matching inspections rate each standard each way: one grouped join. */
  static List<StandardCount> standards(
      JdbcTransactions transactions, Dialect dialect, ProfileFilter asked) {
    Filter filter = filter(asked);
    String sql =
        "SELECT i.framework_id, s.code, s.rating, COUNT(*) AS n FROM inspections i"
            + " JOIN pdus p ON p.id = i.pdu_id"
            + " JOIN standard_results s ON s.inspection_id = i.id WHERE 1 = 1"
            + JdbcInspectionSummaries.filters(filter)
            + regions(asked)
            + JdbcInspectionSummaries.latest(filter)
            + " GROUP BY i.framework_id, s.code, s.rating";
    return transactions.read(
        handle ->
            bind(handle.createQuery(sql), filter, dialect, asked)
                .map(
                    (row, context) ->
                        new StandardCount(
                            new FrameworkId(row.getString("framework_id")),
                            row.getString("code"),
                            Rating.valueOf(row.getString("rating")),
                            row.getInt("n")))
                .list());
  }

  /**
   * Each matching inspection's id, names, what decides its rating, and its rating of one standard:
   * no child row but the standards' ratings.
   */
  static List<SortKey> keys(
      JdbcTransactions transactions,
      Dialect dialect,
      ProfileFilter asked,
      Optional<String> standard) {
    Filter filter = filter(asked);
    String sql =
        "SELECT i.id, p.name AS pdu_name, r.name AS region_name, i.framework_id, i.summary_only,"
            + " i.published_score, i.published_maximum, i.published_overall,"
            + " CASE WHEN i.summary_only = :summary THEN "
            + joinedRatings(dialect)
            + " END AS ratings"
            + tally()
            + ", (SELECT s.rating FROM standard_results s WHERE s.inspection_id = i.id"
            + " AND s.code = :standard) AS standard_rating"
            + " FROM inspections i JOIN pdus p ON p.id = i.pdu_id"
            + " JOIN regions r ON r.id = p.region_id WHERE 1 = 1"
            + JdbcInspectionSummaries.filters(filter)
            + regions(asked)
            + JdbcInspectionSummaries.latest(filter);
    return transactions.read(
        handle ->
            bind(handle.createQuery(sql), filter, dialect, asked)
                .bind("summary", true)
                .bind("standard", standard.orElse(""))
                .map(
                    (row, context) -> {
                      FrameworkId framework = new FrameworkId(row.getString("framework_id"));
                      Rated rated =
                          row.getBoolean("summary_only")
                              ? Rated.summary(
                                  framework,
                                  InspectionColumns.published(row),
                                  ratings(row.getString("ratings")))
                              : Rated.full(framework, tally(row));
                      return new SortKey(
                          new InspectionId(row.getString("id")),
                          row.getString("pdu_name"),
                          row.getString("region_name"),
                          rated,
                          Optional.ofNullable(row.getString("standard_rating"))
                              .map(Rating::valueOf));
                    })
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

  /** The ratings {@link #joinedRatings} joins: code and rating pairs, apart by unit. */
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
