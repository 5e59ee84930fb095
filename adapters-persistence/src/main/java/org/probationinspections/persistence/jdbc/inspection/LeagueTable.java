package org.probationinspections.persistence.jdbc.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueEntry;
import org.probationinspections.application.port.out.InspectionSummaries.LeaguePage;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueQuery;
import org.probationinspections.application.port.out.InspectionSummaries.Standing;
import org.probationinspections.application.port.out.InspectionSummaries.StoredStanding;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.persistence.jdbc.Dialect;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/**
 * The league ranked by the database: each PDU's latest inspection with the value it is ranked by
 * (from the standings the application stored, or a standard's rating), placed with window
 * functions, and only the page read. The query is built from constant fragments; every value is
 * bound.
 */
final class LeagueTable {

  private LeagueTable() {}

  /** A rating as a number to rank by, higher better; not rated is no value. */
  private static String rank(String column) {
    StringBuilder rank = new StringBuilder("CASE ").append(column);
    for (Rating rating : Rating.values()) {
      if (rating.isRated()) {
        rank.append(" WHEN '").append(rating.name()).append("' THEN ").append(rating.ordinal());
      }
    }
    return rank.append(" END").toString();
  }

  /**
   * The overall rating as a number; a stored rating the scale does not rate (Not rated) ranks below
   * every rated one, as it does in the domain's order.
   */
  private static String overall() {
    return "CASE WHEN i.standing_overall IS NULL THEN NULL ELSE COALESCE("
        + rank("i.standing_overall")
        + ", -1) END";
  }

  /**
   * The share of its maximum the score is, for a full standing (a maximum and an overall rating).
   */
  private static String share(Dialect dialect) {
    String real =
        switch (dialect) {
          case SQLITE -> "REAL";
          case POSTGRESQL -> "DOUBLE PRECISION";
        };
    return "CASE WHEN i.standing_maximum > 0 AND i.standing_overall IS NOT NULL THEN CAST("
        + "i.standing_score AS "
        + real
        + ") / i.standing_maximum END";
  }

  private static String value(LeagueQuery query, Dialect dialect) {
    return switch (query.value()) {
      case SCORE -> share(dialect);
      case OVERALL -> overall();
      case STANDARD ->
          "CASE WHEN i.framework_id IN (<frameworks>) THEN (SELECT "
              + rank("s.rating")
              + " FROM standard_results s WHERE s.inspection_id = i.id AND s.code = :standard)"
              + " END";
    };
  }

  static LeaguePage page(JdbcTransactions transactions, Dialect dialect, LeagueQuery query) {
    String direction = query.ascending() ? "ASC" : "DESC";
    String ranked =
        "SELECT i.id, p.name AS pdu_name, "
            + value(query, dialect)
            + " AS value FROM inspections i JOIN pdus p ON p.id = i.pdu_id"
            + " WHERE p.level = :level"
            + (query.region().isPresent() ? " AND p.region_id = :region" : "")
            + " AND NOT EXISTS (SELECT 1 FROM inspections later WHERE later.pdu_id = i.pdu_id"
            + " AND (later.fieldwork_started > i.fieldwork_started"
            + " OR (later.fieldwork_started = i.fieldwork_started AND later.id > i.id)))";
    String sql =
        "SELECT id, CASE WHEN value IS NULL THEN NULL ELSE RANK() OVER (PARTITION BY value IS NULL"
            + " ORDER BY value "
            + direction
            + ") END AS place, COUNT(*) OVER (PARTITION BY value) AS alike,"
            + " COUNT(*) OVER () AS total FROM ("
            + ranked
            + ") league ORDER BY value IS NULL, value "
            + direction
            + ", pdu_name, id LIMIT :limit OFFSET :offset";
    return transactions.read(
        handle -> {
          var statement =
              handle
                  .createQuery(sql)
                  .bind("level", UnitLevel.PDU.name())
                  .bind("limit", query.limit())
                  .bind("offset", query.offset());
          query.region().ifPresent(region -> statement.bind("region", region.value()));
          if (query.standard().isPresent()) {
            statement
                .bind("standard", query.standard().get())
                .bindList(
                    "frameworks", query.frameworks().stream().map(FrameworkId::value).toList());
          }
          List<LeagueEntry> entries = new ArrayList<>();
          int[] total = {0};
          statement
              .map(
                  (row, context) -> {
                    total[0] = row.getInt("total");
                    int place = row.getInt("place");
                    Optional<Integer> placed =
                        row.wasNull() ? Optional.empty() : Optional.of(place);
                    return new LeagueEntry(
                        new InspectionId(row.getString("id")),
                        placed,
                        placed.isPresent() && row.getInt("alike") > 1);
                  })
              .forEach(entries::add);
          if (entries.isEmpty() && query.offset() > 0) {
            total[0] = count(transactions, query);
          }
          return new LeaguePage(entries, total[0]);
        });
  }

  /** How many rows the league has, for a page past its end (which has no row to count with). */
  private static int count(JdbcTransactions transactions, LeagueQuery query) {
    return transactions.read(
        handle -> {
          var count =
              handle
                  .createQuery(
                      "SELECT COUNT(DISTINCT i.pdu_id) FROM inspections i JOIN pdus p"
                          + " ON p.id = i.pdu_id WHERE p.level = :level"
                          + (query.region().isPresent() ? " AND p.region_id = :region" : ""))
                  .bind("level", UnitLevel.PDU.name());
          query.region().ifPresent(region -> count.bind("region", region.value()));
          return count.mapTo(Integer.class).one();
        });
  }

  static List<InspectionId> withoutStanding(
      JdbcTransactions transactions, FrameworkId framework, String rules, int limit) {
    return transactions.list(
        "SELECT id FROM inspections WHERE framework_id = :framework"
            + " AND (standing_rules IS NULL OR standing_rules <> :rules) ORDER BY id LIMIT :limit",
        query ->
            query.bind("framework", framework.value()).bind("rules", rules).bind("limit", limit),
        (row, context) -> new InspectionId(row.getString("id")));
  }

  static List<InspectionId> idsUnder(
      JdbcTransactions transactions,
      FrameworkId framework,
      Optional<InspectionId> after,
      int limit) {
    return transactions.list(
        "SELECT id FROM inspections WHERE framework_id = :framework"
            + (after.isPresent() ? " AND id > :after" : "")
            + " ORDER BY id LIMIT :limit",
        query -> {
          query.bind("framework", framework.value()).bind("limit", limit);
          after.ifPresent(id -> query.bind("after", id.value()));
        },
        (row, context) -> new InspectionId(row.getString("id")));
  }

  static Map<InspectionId, StoredStanding> stored(
      JdbcTransactions transactions, List<InspectionId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<InspectionId, StoredStanding> stored = new LinkedHashMap<>();
    transactions
        .list(
            "SELECT id, standing_score, standing_maximum, standing_overall, standing_rules"
                + " FROM inspections WHERE id IN (<ids>) AND standing_maximum IS NOT NULL",
            query -> query.bindList("ids", ids.stream().map(InspectionId::value).toList()),
            (row, context) ->
                Map.entry(
                    new InspectionId(row.getString("id")),
                    new StoredStanding(
                        Optional.ofNullable(row.getString("standing_rules")),
                        row.getInt("standing_score"),
                        row.getInt("standing_maximum"),
                        Optional.ofNullable(row.getString("standing_overall"))
                            .map(Rating::valueOf))))
        .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
    return stored;
  }

  static void record(
      JdbcTransactions transactions, String rules, Map<InspectionId, Standing> standings) {
    if (standings.isEmpty()) {
      return;
    }
    transactions.write(
        handle -> {
          PreparedBatch batch =
              handle.prepareBatch(
                  "UPDATE inspections SET standing_score = :score, standing_maximum = :maximum,"
                      + " standing_overall = :overall, standing_rules = :rules"
                      + " WHERE id = :id AND version = :version");
          standings.entrySet().stream()
              .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(InspectionId::value)))
              .forEach(
                  entry ->
                      batch
                          .bind("score", entry.getValue().score())
                          .bind("maximum", entry.getValue().maximum())
                          .bind(
                              "overall", entry.getValue().overall().map(Rating::name).orElse(null))
                          .bind("rules", rules)
                          .bind("id", entry.getKey().value())
                          .bind("version", entry.getValue().version())
                          .add());
          batch.execute();
          return null;
        });
  }
}
