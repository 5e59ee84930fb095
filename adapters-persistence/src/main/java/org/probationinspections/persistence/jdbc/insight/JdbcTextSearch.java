package org.probationinspections.persistence.jdbc.insight;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.jdbc.Dialect;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/**
 * Full-text search with the database's own index, kept by triggers from the records' tables
 * (migration V90): FTS5 with the Porter stemmer on SQLite, ranked by BM25; an English {@code
 * tsvector} with a GIN index on PostgreSQL, ranked by {@code ts_rank} over the log of the length (a
 * short text that says it ranks first, as BM25 has it). Both mark the matched words of a page's
 * texts only.
 */
public final class JdbcTextSearch extends JdbcStore implements TextSearch {

  /** The kinds asked for, then the place: {@link #place} fills it with constant fragments. */
  private static final String FILTERS = " AND e.kind IN (<kinds>)<place>";

  private static final String SQLITE =
      "SELECT e.kind, e.record_id, e.number, e.position, e.region_id, e.pdu_id,"
          + " highlight(search_index, 0, :start, :end) AS marked"
          + " FROM search_index JOIN search_entries e ON e.id = search_index.rowid"
          + " WHERE search_index MATCH :match"
          + FILTERS
          + " ORDER BY search_index.rank, e.kind, e.record_id, e.number, e.position"
          + " LIMIT :limit OFFSET :offset";

  private static final String POSTGRESQL =
      "SELECT kind, record_id, number, position, region_id, pdu_id,"
          + " ts_headline('english', text, query, :options) AS marked"
          + " FROM (SELECT e.kind, e.record_id, e.number, e.position, e.region_id, e.pdu_id,"
          + " e.text, q.query, ts_rank(e.words, q.query, 1) AS rank"
          + " FROM search_entries e, to_tsquery('english', :match) AS q (query)"
          + " WHERE e.words @@ q.query"
          + FILTERS
          + " ORDER BY rank DESC, e.kind, e.record_id COLLATE \"C\", e.number, e.position"
          + " LIMIT :limit OFFSET :offset) page"
          + " ORDER BY rank DESC, kind, record_id COLLATE \"C\", number, position";

  public JdbcTextSearch(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public List<Hit> search(Query query) {
    boolean sqlite = dialect == Dialect.SQLITE;
    return transactions.readOneStatement(
        handle ->
            handle
                .createQuery(sqlite ? SQLITE : POSTGRESQL)
                .bindList("kinds", query.kinds().stream().map(Kind::name).sorted().toList())
                .define("place", place(query))
                .bind("region", query.region().map(RegionId::value).orElse(""))
                .bind("pdu", query.pdu().map(PduId::value).orElse(""))
                .bind("match", match(query.words(), sqlite))
                .bind("start", String.valueOf(MATCH_START))
                .bind("end", String.valueOf(MATCH_END))
                .bind(
                    "options",
                    "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END + ", HighlightAll=true")
                .bind("limit", query.limit())
                .bind("offset", query.offset())
                .map(
                    (row, context) ->
                        new Hit(
                            Kind.valueOf(row.getString("kind")),
                            row.getString("record_id"),
                            row.getInt("number"),
                            row.getInt("position"),
                            new RegionId(row.getString("region_id")),
                            Optional.ofNullable(row.getString("pdu_id")).map(PduId::new),
                            row.getString("marked")))
                .list());
  }

  private static String place(Query query) {
    return (query.region().isPresent() ? " AND e.region_id = :region" : "")
        + (query.pdu().isPresent() ? " AND e.pdu_id = :pdu" : "");
  }

  /**
   * Every word must be there: FTS5 reads quoted strings side by side as AND, PostgreSQL joins them
   * with {@code &}. The words are letters and digits only (the port says so), so quoting is safe.
   */
  private static String match(List<String> words, boolean sqlite) {
    return sqlite
        ? String.join(" ", words.stream().map(word -> '"' + word + '"').toList())
        : String.join(" & ", words);
  }
}
