package org.probationinspections.persistence.jdbc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.Finding;
import org.probationinspections.domain.inspection.FindingKind;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.persistence.jdbc.JdbcAggregates;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Months;
import org.probationinspections.persistence.jdbc.Rows;
import org.probationinspections.persistence.jdbc.Scope;
import org.probationinspections.persistence.jdbc.Versions;
import org.probationinspections.persistence.jdbc.inspection.InspectionColumns.InspectionRow;

/**
 * Inspections in {@code inspections} and their children (standard results, key-question results,
 * findings, recommendations, notes). Saving checks the version and replaces the children.
 */
public final class JdbcInspections extends JdbcAggregates<InspectionId, Inspection>
    implements InspectionRepository {

  private static final Scope BY_PDU = Versions.INSPECTIONS.by("pdu_id");

  private static final String INSERT =
      "INSERT INTO inspections (id, pdu_id, framework_id, fieldwork_started,"
          + " published_month, lead_inspector, cases_inspected, published_score,"
          + " published_maximum, published_overall, source_url, publication_date,"
          + " publication_note, recommendations_stated, summary_only, judgement, version) VALUES"
          + " (:id, :pdu, :framework, :fieldwork, :publishedMonth, :lead, :cases, :score,"
          + " :maximum, :overall, :source, :publicationDate, :publicationNote,"
          + " :recommendationsStated, :summaryOnly, :judgement, :next) ON CONFLICT (id) DO NOTHING";
  private static final String UPDATE =
      "UPDATE inspections SET pdu_id = :pdu, framework_id = :framework,"
          + " fieldwork_started = :fieldwork, published_month = :publishedMonth,"
          + " lead_inspector = :lead, cases_inspected = :cases, published_score ="
          + " :score, published_maximum = :maximum, published_overall = :overall,"
          + " source_url = :source, publication_date = :publicationDate, publication_note ="
          + " :publicationNote, recommendations_stated = :recommendationsStated, summary_only ="
          + " :summaryOnly, judgement = :judgement, standing_rules = NULL, version = :next"
          + " WHERE id = :id AND version ="
          + " :read";

  private static final String CHILDREN_OF_SCOPE = " <children>";

  public JdbcInspections(JdbcTransactions transactions) {
    super(transactions, Versions.INSPECTIONS, InspectionId::value);
  }

  @Override
  public Optional<Long> versionOf(InspectionId id) {
    // Asked before every JSON read of an inspection: the argument and the mapper are given
    // directly, which spares Jdbi looking them up by type on every call.
    String key = id.value();
    return transactions.readOneStatement(
        handle ->
            handle
                .createQuery("SELECT version FROM inspections WHERE id = :id")
                .bind("id", (position, statement, context) -> statement.setString(position, key))
                .map((row, context) -> row.getLong(1))
                .findOne());
  }

  @Override
  public List<Inspection> findByPdu(PduId pdu) {
    return load(BY_PDU, pdu.value());
  }

  @Override
  public long save(Inspection inspection) {
    InspectionDetails details = inspection.details();
    PublishedSummary published = inspection.published();
    Optional<PublishedRecord> record = inspection.publishedRecord();
    long read = inspection.version();
    return save(
        INSERT,
        UPDATE,
        inspection.id().value(),
        read,
        row ->
            row.bind("pdu", inspection.pduId().value())
                .bind("framework", inspection.frameworkId().value())
                .bind("fieldwork", dialect.date(details.fieldworkStarted()))
                .bind("publishedMonth", Months.textOrNull(details.published()))
                .bind("lead", details.leadInspector().orElse(null))
                .bind("cases", Rows.orNull(details.casesInspected()))
                .bind("judgement", details.judgement().orElse(null))
                .bind("score", Rows.orNull(published.score()))
                .bind("maximum", Rows.orNull(published.maximum()))
                .bind("overall", published.overallText().orElse(null))
                .bind("source", record.map(PublishedRecord::source).orElse(null))
                .bind("publicationDate", record.flatMap(r -> r.date().value()).orElse(null))
                .bind("publicationNote", record.flatMap(r -> r.date().note()).orElse(null))
                .bind(
                    "recommendationsStated",
                    record.map(r -> Rows.orNull(r.recommendations())).orElse(null))
                .bind("summaryOnly", inspection.isSummary()),
        handle -> {
          if (read > 0) {
            // A row inserted just now has no children yet; a stored one has them replaced.
            deleteChildren(handle, inspection.id().value());
          }
          insertChildren(handle, inspection);
        });
  }

  private static void deleteChildren(Handle handle, String id) {
    for (String delete :
        List.of(
            "DELETE FROM standard_results WHERE inspection_id = :id",
            "DELETE FROM findings WHERE inspection_id = :id",
            "DELETE FROM recommendations WHERE inspection_id = :id",
            "DELETE FROM inspection_notes WHERE inspection_id = :id")) {
      handle.createUpdate(delete).bind("id", id).execute();
    }
  }

  private static void insertChildren(Handle handle, Inspection inspection) {
    String id = inspection.id().value();
    PreparedBatch results =
        handle.prepareBatch(
            "INSERT INTO standard_results (inspection_id, position, code, rating, source,"
                + " published_rating) VALUES (:id, :position, :code, :rating, :source, :published)");
    PreparedBatch questions =
        handle.prepareBatch(
            "INSERT INTO key_question_results (inspection_id, standard_code, position, question,"
                + " percent_yes) VALUES (:id, :code, :position, :question, :percent)");
    Rows.addInOrder(
        results,
        id,
        inspection.results(),
        (result, row) ->
            row.bind("code", result.code())
                .bind("rating", result.rating().name())
                .bind("source", result.source().name())
                .bind("published", result.publishedRating().map(Rating::name).orElse(null)));
    for (StandardResult result : inspection.results()) {
      Rows.addInOrder(
          questions,
          id,
          result.keyQuestions(),
          (question, row) ->
              row.bind("code", result.code())
                  .bind("question", question.question())
                  .bind("percent", question.percentYes()));
    }
    Rows.execute(results);
    Rows.execute(questions);

    Rows.insertInOrder(
        handle,
        "INSERT INTO findings (inspection_id, position, standard_code, kind, text)"
            + " VALUES (:id, :position, :code, :kind, :text)",
        id,
        inspection.findings(),
        (finding, row) ->
            row.bind("code", finding.standardCode())
                .bind("kind", finding.kind().name())
                .bind("text", finding.text()));

    PreparedBatch recommendations =
        handle.prepareBatch(
            "INSERT INTO recommendations (inspection_id, number, addressee_level, addressee_name,"
                + " text) VALUES (:id, :number, :level, :name, :text)");
    for (Recommendation recommendation : inspection.recommendations()) {
      recommendations
          .bind("id", id)
          .bind("number", recommendation.number())
          .bind("level", recommendation.addressee().level().name())
          .bind("name", recommendation.addressee().name())
          .bind("text", recommendation.text())
          .add();
    }
    Rows.execute(recommendations);

    Rows.insertTexts(
        handle,
        "INSERT INTO inspection_notes (inspection_id, position, text)"
            + " VALUES (:id, :position, :text)",
        id,
        inspection.notes());
  }

  @Override
  public List<Inspection> load(Handle handle, Scope scope, String key) {
    List<InspectionRow> rows =
        scope
            .in(handle, key)
            .query(
                "SELECT id, pdu_id, framework_id, fieldwork_started, published_month,"
                    + " lead_inspector, cases_inspected, published_score, published_maximum,"
                    + " published_overall, judgement, "
                    + InspectionColumns.PUBLISHED_RECORD_COLUMNS
                    + ", version FROM inspections <where>"
                    + " ORDER BY fieldwork_started, id")
            .map((row, context) -> InspectionRow.read(row, dialect))
            .list();
    if (rows.isEmpty()) {
      // Nothing in scope (a PDU's first inspection, an id not stored yet): the query of
      // the children would find nothing either.
      return List.of();
    }
    Children children = readChildren(handle, scope, key);
    return rows.stream()
        .map(
            row ->
                new Inspection(
                    new InspectionId(row.id()),
                    new PduId(row.pduId()),
                    new FrameworkId(row.frameworkId()),
                    row.details(),
                    children.results(row.id()),
                    Rows.of(children.findings, row.id()),
                    Rows.of(children.recommendations, row.id()),
                    row.published(),
                    row.publishedRecord(),
                    Rows.of(children.notes, row.id()),
                    row.version()))
        .toList();
  }

  /**
   * The child rows of every inspection in scope, in one statement instead of one per table: on
   * PostgreSQL each statement is a round trip to the server. Each branch reads its table by the
   * primary key's prefix (the inspection id), as the separate queries did; the columns a table
   * lacks are typed NULLs, so that both dialects type the union alike. The rows are grouped by
   * inspection (and key questions by standard) here, so they are sorted by kind and position only:
   * each group's rows come in position order (recommendations in number order).
   */
  private static final String CHILDREN =
      "SELECT 1 AS part, inspection_id, position AS seq, code AS a, rating AS b, source AS c,"
          + " published_rating AS d, CAST(NULL AS INTEGER) AS n FROM standard_results"
          + CHILDREN_OF_SCOPE
          + " UNION ALL SELECT 2, inspection_id, position, standard_code, question,"
          + " CAST(NULL AS TEXT), CAST(NULL AS TEXT), percent_yes FROM key_question_results"
          + CHILDREN_OF_SCOPE
          + " UNION ALL SELECT 3, inspection_id, position, standard_code, kind, text,"
          + " CAST(NULL AS TEXT), CAST(NULL AS INTEGER) FROM findings"
          + CHILDREN_OF_SCOPE
          + " UNION ALL SELECT 4, inspection_id, number, addressee_level, addressee_name, text,"
          + " CAST(NULL AS TEXT), CAST(NULL AS INTEGER) FROM recommendations"
          + CHILDREN_OF_SCOPE
          + " UNION ALL SELECT 5, inspection_id, position, CAST(NULL AS TEXT), text,"
          + " CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS INTEGER) FROM inspection_notes"
          + CHILDREN_OF_SCOPE
          + " ORDER BY part, seq";

  private static Children readChildren(Handle handle, Scope scope, String key) {
    return Rows.scanned(
        scope.in(handle, key).query(CHILDREN),
        (results, context) -> {
          Children children = new Children();
          ResultSet row = results.get();
          while (row.next()) {
            children.add(row);
          }
          return children;
        });
  }

  /** One scope's child rows by inspection id (key questions by inspection id and standard). */
  private static final class Children {
    final Map<String, List<KeyQuestionResult>> questions = new HashMap<>();
    final Map<String, List<StandardResultRow>> results = new HashMap<>();
    final Map<String, List<Finding>> findings = new HashMap<>();
    final Map<String, List<Recommendation>> recommendations = new HashMap<>();
    final Map<String, List<String>> notes = new HashMap<>();

    void add(ResultSet row) throws SQLException {
      String id = row.getString("inspection_id");
      switch (row.getInt("part")) {
        case 1 -> add(results, id, StandardResultRow.ofUnion(row));
        case 2 ->
            add(
                questions,
                Rows.key(id, row.getString("a")),
                new KeyQuestionResult(row.getString("b"), row.getInt("n")));
        case 3 ->
            add(
                findings,
                id,
                new Finding(
                    row.getString("a"),
                    FindingKind.valueOf(row.getString("b")),
                    row.getString("c")));
        case 4 ->
            add(
                recommendations,
                id,
                new Recommendation(
                    row.getInt("seq"),
                    new Addressee(AddresseeLevel.valueOf(row.getString("a")), row.getString("b")),
                    row.getString("c")));
        case 5 -> add(notes, id, row.getString("b"));
        default -> throw new IllegalStateException("unknown part " + row.getInt("part"));
      }
    }

    private static <T> void add(Map<String, List<T>> groups, String key, T value) {
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    List<StandardResult> results(String id) {
      return StandardResultRow.of(id, results, questions);
    }
  }
}
