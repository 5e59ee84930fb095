package org.probationinspections.persistence.jdbc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.domain.unit.UnitLevel;
import org.probationinspections.persistence.jdbc.Dialect;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Rows;
import org.probationinspections.persistence.jdbc.inspection.InspectionColumns.InspectionRow;

/**
 * Summaries of inspections with SQL: one query picks, orders and pages the inspections (the latest
 * of each PDU with an anti-join), then the page's standard results, key questions, notes and
 * recommendation counts are read by id. The WHERE clause is built from constant fragments; every
 * value is bound.
 */
public final class JdbcInspectionSummaries extends JdbcStore implements InspectionSummaries {

  /** Ids per IN list, well under the bind limits of SQLite and PostgreSQL. */
  private static final int CHUNK = 500;

  public JdbcInspectionSummaries(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public Digests find(Filter filter) {
    String filters = filters(filter);
    String latest = latest(filter);
    // The latest of each PDU is one row per PDU that has a matching inspection. The PDUs are
    // joined only for a region: without one, the count is read from the index on the PDU column.
    String count =
        "SELECT "
            + (filter.latestOnly() ? "COUNT(DISTINCT i.pdu_id)" : "COUNT(*)")
            + " FROM inspections i"
            + (filter.region().isPresent() || filter.level().isPresent()
                ? " JOIN pdus p ON p.id = i.pdu_id"
                : "")
            + " WHERE 1 = 1"
            + filters;
    // By place, the rows are read in the order of the name indexes (CROSS JOIN fixes SQLite's
    // join order; PostgreSQL plans it as an inner join) and the scan stops at the page's end.
    String from =
        switch (filter.order()) {
          case NEWEST_FIRST ->
              " FROM inspections i JOIN pdus p ON p.id = i.pdu_id"
                  + " JOIN regions r ON r.id = p.region_id WHERE 1 = 1";
          case BY_REGION_AND_PDU ->
              " FROM regions r CROSS JOIN pdus p CROSS JOIN inspections i"
                  + " WHERE p.region_id = r.id AND i.pdu_id = p.id";
        };
    String where = filters + latest;
    String order =
        switch (filter.order()) {
          case NEWEST_FIRST -> " ORDER BY i.fieldwork_started DESC, i.id";
          case BY_REGION_AND_PDU -> " ORDER BY r.name, p.name, i.id";
        };
    return transactions.read(
        handle -> {
          int total = bind(handle.createQuery(count), filter, dialect).mapTo(Integer.class).one();
          List<Row> rows =
              bind(
                      handle.createQuery(
                          COLUMNS + from + where + order + " LIMIT :limit OFFSET :offset"),
                      filter,
                      dialect)
                  .bind("limit", filter.limit())
                  .bind("offset", filter.offset())
                  .map(this::row)
                  .list();
          return new Digests(complete(handle, rows), total);
        });
  }

  private static final String COLUMNS =
      "SELECT i.id, i.pdu_id, p.name AS pdu_name, p.level, p.region_id,"
          + " r.name AS region_name, i.framework_id, i.fieldwork_started,"
          + " i.published_month, i.lead_inspector, i.cases_inspected,"
          + " i.published_score, i.published_maximum, i.published_overall, i.judgement,"
          + " i.source_url, i.publication_date, i.publication_note,"
          + " i.recommendations_stated, i.summary_only, i.version";

  private Row row(ResultSet row, org.jdbi.v3.core.statement.StatementContext context)
      throws SQLException {
    return new Row(
        InspectionRow.read(row, dialect),
        row.getString("pdu_name"),
        UnitLevel.valueOf(row.getString("level")),
        row.getString("region_id"),
        row.getString("region_name"));
  }

  @Override
  public List<SortKey> sortKeys(ProfileFilter filter, java.util.Optional<String> standard) {
    return RatingProfiles.keys(transactions, dialect, filter, standard);
  }

  @Override
  public List<StandardCount> standardRatings(ProfileFilter filter) {
    return RatingProfiles.standards(transactions, dialect, filter);
  }

  /** The inspections read by primary key, a chunk at a time, then put in the order asked. */
  @Override
  public List<InspectionDigest> digests(List<InspectionId> asked) {
    List<String> ids = asked.stream().map(InspectionId::value).toList();
    return transactions.read(
        handle -> {
          List<Row> rows = new ArrayList<>();
          for (int start = 0; start < ids.size(); start += CHUNK) {
            rows.addAll(
                handle
                    .createQuery(
                        COLUMNS
                            + " FROM inspections i JOIN pdus p ON p.id = i.pdu_id"
                            + " JOIN regions r ON r.id = p.region_id WHERE i.id IN (<ids>)")
                    .bindList("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .map(this::row)
                    .list());
          }
          Map<String, InspectionDigest> byId = new HashMap<>();
          complete(handle, rows).forEach(digest -> byId.put(digest.id().value(), digest));
          return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        });
  }

  /** The digests of the rows, with their children read a chunk of ids at a time. */
  private List<InspectionDigest> complete(Handle handle, List<Row> rows) {
    Children children = new Children();
    List<String> ids = rows.stream().map(Row::id).toList();
    for (int start = 0; start < ids.size(); start += CHUNK) {
      children.read(handle, ids.subList(start, Math.min(ids.size(), start + CHUNK)));
    }
    List<InspectionDigest> digests = new ArrayList<>(rows.size());
    for (Row row : rows) {
      digests.add(
          new InspectionDigest(
              new InspectionId(row.id()),
              new PduId(row.inspection().pduId()),
              row.pduName(),
              row.level(),
              new RegionId(row.regionId()),
              row.regionName(),
              new FrameworkId(row.inspection().frameworkId()),
              row.inspection().details(),
              children.results(row.id()),
              row.inspection().published(),
              row.inspection().publishedRecord(),
              Rows.of(children.notes, row.id()),
              children.recommendations.getOrDefault(row.id(), 0),
              row.inspection().version()));
    }
    return digests;
  }

  /** The conditions of a filter but the latest-only one, each a constant fragment. */
  static String filters(Filter filter) {
    StringBuilder filters = new StringBuilder();
    filter.region().ifPresent(r -> filters.append(" AND p.region_id = :region"));
    filter.pdu().ifPresent(p -> filters.append(" AND i.pdu_id = :pdu"));
    filter.level().ifPresent(l -> filters.append(" AND p.level = :level"));
    filter
        .year()
        .ifPresent(
            y -> filters.append(" AND i.fieldwork_started >= :from AND i.fieldwork_started < :to"));
    return filters.toString();
  }

  /** Keeps each PDU's latest inspection (of the year, if one is chosen) with an anti-join. */
  static String latest(Filter filter) {
    return filter.latestOnly()
        ? " AND NOT EXISTS (SELECT 1 FROM inspections later WHERE later.pdu_id = i.pdu_id"
            + (filter.year().isPresent() ? " AND later.fieldwork_started < :to" : "")
            + " AND (later.fieldwork_started > i.fieldwork_started"
            + " OR (later.fieldwork_started = i.fieldwork_started AND later.id > i.id)))"
        : "";
  }

  @Override
  public Map<InspectionId, List<Integer>> recommendationNumbers(List<InspectionId> asked) {
    List<String> ids = asked.stream().map(InspectionId::value).distinct().toList();
    return transactions.read(
        handle -> {
          Map<InspectionId, List<Integer>> numbers = new HashMap<>();
          for (int start = 0; start < ids.size(); start += CHUNK) {
            handle
                .createQuery(
                    "SELECT inspection_id, number FROM recommendations"
                        + " WHERE inspection_id IN (<ids>) ORDER BY inspection_id, number")
                .bindList("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                .map(
                    (row, context) ->
                        Map.entry(
                            new InspectionId(row.getString("inspection_id")), row.getInt("number")))
                .forEach(
                    number ->
                        numbers
                            .computeIfAbsent(number.getKey(), id -> new ArrayList<>())
                            .add(number.getValue()));
          }
          return numbers;
        });
  }

  @Override
  public Map<InspectionId, PduId> units(List<InspectionId> asked) {
    List<String> ids = asked.stream().map(InspectionId::value).distinct().toList();
    return transactions.read(
        handle -> {
          Map<InspectionId, PduId> units = new HashMap<>();
          for (int start = 0; start < ids.size(); start += CHUNK) {
            handle
                .createQuery("SELECT id, pdu_id FROM inspections WHERE id IN (<ids>)")
                .bindList("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                .map(
                    (row, context) ->
                        Map.entry(
                            new InspectionId(row.getString("id")),
                            new PduId(row.getString("pdu_id"))))
                .forEach(unit -> units.put(unit.getKey(), unit.getValue()));
          }
          return units;
        });
  }

  @Override
  public List<InspectionId> withoutStanding(FrameworkId framework, String rules, int limit) {
    return LeagueTable.withoutStanding(transactions, framework, rules, limit);
  }

  @Override
  public void recordStandings(String rules, Map<InspectionId, Standing> standings) {
    LeagueTable.record(transactions, rules, standings);
  }

  @Override
  public List<InspectionId> idsUnder(
      FrameworkId framework, Optional<InspectionId> after, int limit) {
    return LeagueTable.idsUnder(transactions, framework, after, limit);
  }

  @Override
  public Map<InspectionId, StoredStanding> storedStandings(List<InspectionId> ids) {
    return LeagueTable.stored(transactions, ids);
  }

  @Override
  public LeaguePage league(LeagueQuery query) {
    return LeagueTable.page(transactions, dialect, query);
  }

  @Override
  public List<ProfileCount> ratingProfiles(ProfileFilter filter) {
    return RatingProfiles.count(transactions, dialect, filter);
  }

  /**
   * The years with fieldwork, newest first, without reading every inspection: from the latest
   * fieldwork date, each step asks the fieldwork index ({@code inspections_by_fieldwork}) for the
   * latest date before the start of the year found last (one index probe a year), and stops when
   * there is none.
   *
   * <p>The walk cannot loop on a stored value it does not understand (a year of more or fewer than
   * four digits, which SQLite's text dates and date functions do not order or compute as years; a
   * malformed text written by hand). Only dates in the domain's years ({@link
   * Require#EARLIEST_YEAR} to {@link Require#LATEST_YEAR}) are read, and each step looks below the
   * date found last as well as below the start of its year, so every step finds a strictly earlier
   * stored value or ends: it takes at most one step per distinct stored date.
   */
  /**
   * A page of recommendations by key: the inspections in the order of the index on (fieldwork, id),
   * each joined to its recommendations by primary key, started after the key with a row-value
   * comparison (SQLite and PostgreSQL alike).
   */
  @Override
  public List<RecommendationLine> recommendations(RecommendationQuery asked) {
    List<String> where = new ArrayList<>();
    asked.region().ifPresent(r -> where.add("p.region_id = :region"));
    asked.pdu().ifPresent(p -> where.add("i.pdu_id = :pdu"));
    asked
        .after()
        .ifPresent(
            key ->
                where.add(
                    "(i.fieldwork_started, i.id, r.number) > (:afterDate, :afterId, :afterNumber)"));
    String sql =
        "SELECT i.id, i.pdu_id, i.fieldwork_started, r.number, r.addressee_level,"
            + " r.addressee_name, r.text FROM inspections i"
            + (asked.region().isPresent() ? " JOIN pdus p ON p.id = i.pdu_id" : "")
            + " JOIN recommendations r ON r.inspection_id = i.id"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY i.fieldwork_started, i.id, r.number LIMIT :limit";
    return transactions.list(
        sql,
        query -> {
          query
              .bind("region", asked.region().map(RegionId::value).orElse(""))
              .bind("pdu", asked.pdu().map(PduId::value).orElse(""))
              .bind("afterId", asked.after().map(key -> key.inspection().value()).orElse(""))
              .bind("afterNumber", asked.after().map(RecommendationKey::number).orElse(0))
              .bind("limit", asked.limit());
          asked
              .after()
              .ifPresent(key -> query.bind("afterDate", dialect.date(key.fieldworkStarted())));
        },
        (row, context) ->
            new RecommendationLine(
                new InspectionId(row.getString("id")),
                new PduId(row.getString("pdu_id")),
                dialect.readDate(row, "fieldwork_started"),
                new Recommendation(
                    row.getInt("number"),
                    new Addressee(
                        AddresseeLevel.valueOf(row.getString("addressee_level")),
                        row.getString("addressee_name")),
                    row.getString("text"))));
  }

  @Override
  public List<Integer> fieldworkYears() {
    String year;
    String startOf;
    String lesserOf;
    switch (dialect) {
      case SQLITE -> {
        year = "CAST(substr(%s, 1, 4) AS INTEGER)";
        startOf = "printf('%%04d-01-01', %s)";
        lesserOf = "min(%s, %s)";
      }
      case POSTGRESQL -> {
        year = "CAST(EXTRACT(YEAR FROM %s) AS INTEGER)";
        startOf = "make_date(%s, 1, 1)";
        lesserOf = "LEAST(%s, %s)";
      }
      default -> throw new IllegalStateException("unknown dialect");
    }
    String sql =
        "WITH RECURSIVE found (d) AS (SELECT MAX(fieldwork_started) FROM inspections"
            + " WHERE fieldwork_started >= :earliest AND fieldwork_started < :beyond"
            + " UNION ALL SELECT (SELECT MAX(fieldwork_started) FROM inspections"
            + " WHERE fieldwork_started >= :earliest AND fieldwork_started < "
            + lesserOf.formatted(startOf.formatted(year.formatted("found.d")), "found.d")
            + ") FROM found WHERE found.d IS NOT NULL),"
            + " years (y) AS (SELECT DISTINCT "
            + year.formatted("d")
            + " FROM found WHERE d IS NOT NULL)"
            + " SELECT y FROM years WHERE y BETWEEN :firstYear AND :lastYear ORDER BY y DESC";
    return transactions.read(
        handle ->
            handle
                .createQuery(sql)
                .bind("earliest", dialect.date(LocalDate.of(Require.EARLIEST_YEAR, 1, 1)))
                .bind("beyond", dialect.date(LocalDate.of(Require.LATEST_YEAR + 1, 1, 1)))
                .bind("firstYear", Require.EARLIEST_YEAR)
                .bind("lastYear", Require.LATEST_YEAR)
                .mapTo(Integer.class)
                .list());
  }

  static <S extends SqlStatement<S>> S bind(S statement, Filter filter, Dialect dialect) {
    filter.region().ifPresent(region -> statement.bind("region", region.value()));
    filter.pdu().ifPresent(pdu -> statement.bind("pdu", pdu.value()));
    filter.level().ifPresent(level -> statement.bind("level", level.name()));
    filter
        .year()
        .ifPresent(
            year -> {
              statement.bind("from", dialect.date(LocalDate.of(year, 1, 1)));
              statement.bind("to", dialect.date(LocalDate.of(year + 1, 1, 1)));
            });
    return statement;
  }

  /** An inspection's row with the names of its unit and region, and its unit's level. */
  private record Row(
      InspectionRow inspection,
      String pduName,
      UnitLevel level,
      String regionId,
      String regionName) {

    String id() {
      return inspection.id();
    }
  }

  /** The children of a page of inspections, read by id. */
  private static final class Children {
    final Map<String, List<KeyQuestionResult>> questions = new HashMap<>();
    final Map<String, List<StandardResultRow>> results = new HashMap<>();
    final Map<String, List<String>> notes = new HashMap<>();
    final Map<String, Integer> recommendations = new HashMap<>();

    /**
     * The four kinds of child row in one statement (one round trip on PostgreSQL); each branch
     * reads its table by the primary key's prefix, and the columns a table lacks are typed NULLs.
     * The rows are grouped by inspection here, so they are sorted by kind and position only: each
     * inspection's rows of a kind come in position order, and no text is compared.
     */
    void read(Handle handle, List<String> ids) {
      Rows.scanned(
          handle
              .createQuery(
                  "SELECT 1 AS part, inspection_id, position AS seq, code AS a,"
                      + " rating AS b, source AS c, published_rating AS d, CAST(NULL AS INTEGER) AS n"
                      + " FROM standard_results WHERE inspection_id IN (<ids>)"
                      + " UNION ALL SELECT 2, inspection_id, position, standard_code, question,"
                      + " CAST(NULL AS TEXT), CAST(NULL AS TEXT), percent_yes"
                      + " FROM key_question_results WHERE inspection_id IN (<ids>)"
                      + " UNION ALL SELECT 3, inspection_id, position, CAST(NULL AS TEXT), text,"
                      + " CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS INTEGER)"
                      + " FROM inspection_notes WHERE inspection_id IN (<ids>)"
                      + " UNION ALL SELECT 4, inspection_id, 0, CAST(NULL AS TEXT),"
                      + " CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT),"
                      + " CAST(COUNT(*) AS INTEGER) FROM recommendations"
                      + " WHERE inspection_id IN (<ids>) GROUP BY inspection_id"
                      + " ORDER BY part, seq")
              .bindList("ids", ids),
          (supplier, context) -> {
            ResultSet row = supplier.get();
            while (row.next()) {
              add(row);
            }
            return null;
          });
    }

    private void add(ResultSet row) throws SQLException {
      String id = row.getString("inspection_id");
      switch (row.getInt("part")) {
        case 1 ->
            results.computeIfAbsent(id, k -> new ArrayList<>()).add(StandardResultRow.ofUnion(row));
        case 2 ->
            questions
                .computeIfAbsent(Rows.key(id, row.getString("a")), k -> new ArrayList<>())
                .add(new KeyQuestionResult(row.getString("b"), row.getInt("n")));
        case 3 -> notes.computeIfAbsent(id, k -> new ArrayList<>()).add(row.getString("b"));
        case 4 -> recommendations.put(id, row.getInt("n"));
        default -> throw new IllegalStateException("unknown part " + row.getInt("part"));
      }
    }

    List<StandardResult> results(String id) {
      return StandardResultRow.of(id, results, questions);
    }
  }
}
