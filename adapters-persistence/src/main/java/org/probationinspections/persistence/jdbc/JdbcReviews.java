package org.probationinspections.persistence.jdbc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ObservationKind;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Regional reviews in {@code reviews}, with the inspections they cover, their observations and
 * notes. Saving checks the version and replaces the children.
 */
public final class JdbcReviews implements ReviewRepository {

  /** Which reviews a query loads; constant fragments only, the values are bound. */
  private enum Scope {
    ALL(""),
    BY_ID("WHERE id = :key"),
    BY_REGION("WHERE region_id = :key");

    final String where;

    Scope(String where) {
      this.where = where;
    }
  }

  private static final String CHILDREN_OF_SCOPE =
      " WHERE review_id IN (SELECT id FROM reviews <where>)";

  private final JdbcTransactions transactions;

  JdbcReviews(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<RegionalReview> findById(ReviewId id) {
    return load(Scope.BY_ID, id.value()).stream().findFirst();
  }

  @Override
  public List<RegionalReview> findByRegion(RegionId region) {
    return load(Scope.BY_REGION, region.value());
  }

  @Override
  public List<RegionalReview> findAll() {
    return load(Scope.ALL, "");
  }

  @Override
  public long save(RegionalReview review) {
    return transactions.write(
        handle -> {
          long read = review.version();
          long next = read + 1;
          String id = review.id().value();
          String sql =
              read == 0
                  ? "INSERT INTO reviews (id, region_id, review_date, version)"
                      + " VALUES (:id, :region, :date, :next) ON CONFLICT (id) DO NOTHING"
                  : "UPDATE reviews SET region_id = :region, review_date = :date, version = :next"
                      + " WHERE id = :id AND version = :read";
          int written =
              handle
                  .createUpdate(sql)
                  .bind("id", id)
                  .bind("region", review.regionId().value())
                  .bind("date", transactions.dialect().date(review.date()))
                  .bind("read", read)
                  .bind("next", next)
                  .execute();
          Versions.requireWritten(handle, written, "reviews", id, "Regional review", id, read);
          replaceChildren(handle, review);
          return next;
        });
  }

  private static void replaceChildren(Handle handle, RegionalReview review) {
    String id = review.id().value();
    for (String delete :
        List.of(
            "DELETE FROM review_inspections WHERE review_id = :id",
            "DELETE FROM observations WHERE review_id = :id",
            "DELETE FROM review_notes WHERE review_id = :id")) {
      handle.createUpdate(delete).bind("id", id).execute();
    }
    PreparedBatch inspections =
        handle.prepareBatch(
            "INSERT INTO review_inspections (review_id, position, inspection_id)"
                + " VALUES (:id, :position, :inspection)");
    for (int position = 0; position < review.inspections().size(); position++) {
      inspections
          .bind("id", id)
          .bind("position", position)
          .bind("inspection", review.inspections().get(position).value())
          .add();
    }
    execute(inspections);
    PreparedBatch observations =
        handle.prepareBatch(
            "INSERT INTO observations (review_id, position, theme, kind, text)"
                + " VALUES (:id, :position, :theme, :kind, :text)");
    for (int position = 0; position < review.observations().size(); position++) {
      Observation observation = review.observations().get(position);
      observations
          .bind("id", id)
          .bind("position", position)
          .bind("theme", observation.theme())
          .bind("kind", observation.kind().name())
          .bind("text", observation.text())
          .add();
    }
    execute(observations);
    PreparedBatch notes =
        handle.prepareBatch(
            "INSERT INTO review_notes (review_id, position, text) VALUES (:id, :position, :text)");
    for (int position = 0; position < review.notes().size(); position++) {
      notes
          .bind("id", id)
          .bind("position", position)
          .bind("text", review.notes().get(position))
          .add();
    }
    execute(notes);
  }

  private static void execute(PreparedBatch batch) {
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private List<RegionalReview> load(Scope scope, String key) {
    Dialect dialect = transactions.dialect();
    return transactions.read(
        handle -> {
          Map<String, List<InspectionId>> inspections =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT review_id, inspection_id FROM review_inspections"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY review_id, position")
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) -> row.getString("review_id"),
                  (row, context) -> new InspectionId(row.getString("inspection_id")));
          Map<String, List<Observation>> observations =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT review_id, theme, kind, text FROM observations"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY review_id, position")
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) -> row.getString("review_id"),
                  (row, context) ->
                      new Observation(
                          row.getString("theme"),
                          ObservationKind.valueOf(row.getString("kind")),
                          row.getString("text")));
          Map<String, List<String>> notes =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT review_id, text FROM review_notes"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY review_id, position")
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) -> row.getString("review_id"),
                  (row, context) -> row.getString("text"));
          return handle
              .createQuery(
                  "SELECT id, region_id, review_date, version FROM reviews <where>"
                      + " ORDER BY review_date DESC, id")
              .define("where", scope.where)
              .bind("key", key)
              .map(
                  (row, context) -> {
                    String id = row.getString("id");
                    return new RegionalReview(
                        new ReviewId(id),
                        new RegionId(row.getString("region_id")),
                        dialect.readDate(row, "review_date"),
                        Rows.of(inspections, id),
                        Rows.of(observations, id),
                        Rows.of(notes, id),
                        row.getLong("version"));
                  })
              .list();
        });
  }
}
