package org.probationinspections.persistence.jdbc.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.ReviewRepository.ReviewKey;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ObservationKind;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.jdbc.JdbcRegionalAggregates;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Rows;
import org.probationinspections.persistence.jdbc.Scope;
import org.probationinspections.persistence.jdbc.Scope.Parent;
import org.probationinspections.persistence.jdbc.Versions;

/**
 * Regional reviews in {@code reviews}, with the inspections they cover, their observations and
 * notes. Saving checks the version and replaces the children.
 */
public final class JdbcReviews extends JdbcRegionalAggregates<ReviewId, RegionalReview>
    implements ReviewRepository {

  private static final Parent REVIEW = Parent.of("review_id, position", "review_id");

  private static final String INSERT =
      "INSERT INTO reviews (id, region_id, review_date, version)"
          + " VALUES (:id, :region, :date, :next) ON CONFLICT (id) DO NOTHING";
  private static final String UPDATE =
      "UPDATE reviews SET region_id = :region, review_date = :date, version = :next"
          + " WHERE id = :id AND version = :read";

  public JdbcReviews(JdbcTransactions transactions) {
    super(transactions, Versions.REVIEWS, ReviewId::value);
  }

  @Override
  public long save(RegionalReview review) {
    return save(
        INSERT,
        UPDATE,
        review.id().value(),
        review.version(),
        row ->
            row.bind("region", review.regionId().value()).bind("date", dialect.date(review.date())),
        handle -> replaceChildren(handle, review));
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
    Rows.insertInOrder(
        handle,
        "INSERT INTO review_inspections (review_id, position, inspection_id)"
            + " VALUES (:id, :position, :inspection)",
        id,
        review.inspections(),
        (inspection, row) -> row.bind("inspection", inspection.value()));
    Rows.insertInOrder(
        handle,
        "INSERT INTO observations (review_id, position, theme, kind, text)"
            + " VALUES (:id, :position, :theme, :kind, :text)",
        id,
        review.observations(),
        (observation, row) ->
            row.bind("theme", observation.theme())
                .bind("kind", observation.kind().name())
                .bind("text", observation.text()));
    Rows.insertTexts(
        handle,
        "INSERT INTO review_notes (review_id, position, text) VALUES (:id, :position, :text)",
        id,
        review.notes());
  }

  @Override
  public List<RegionalReview> page(
      Optional<RegionId> region, Optional<ReviewKey> after, int limit) {
    String condition =
        "1 = 1"
            + (region.isPresent() ? " AND region_id = :region" : "")
            + (after.isPresent()
                ? " AND (review_date < :afterDate OR (review_date = :afterDate AND id > :afterId))"
                : "");
    return load(
        Scope.page(
            "reviews",
            "review_id",
            condition,
            "review_date DESC, id",
            query -> {
              query.bind("limit", limit);
              region.ifPresent(r -> query.bind("region", r.value()));
              after.ifPresent(
                  a ->
                      query
                          .bind("afterDate", dialect.date(a.date()))
                          .bind("afterId", a.id().value()));
            }),
        "");
  }

  @Override
  public List<RegionalReview> findByIds(List<ReviewId> ids) {
    return findByIds(ids, "review_id", RegionalReview::id);
  }

  @Override
  public List<RegionalReview> load(Handle handle, Scope scope, String key) {
    Scope.Reader in = scope.in(handle, key);
    Map<String, List<InspectionId>> inspections =
        in.children(
            "review_id, inspection_id FROM review_inspections",
            REVIEW,
            (row, context) -> new InspectionId(row.getString("inspection_id")));
    Map<String, List<Observation>> observations =
        in.children(
            "review_id, theme, kind, text FROM observations",
            REVIEW,
            (row, context) ->
                new Observation(
                    row.getString("theme"),
                    ObservationKind.valueOf(row.getString("kind")),
                    row.getString("text")));
    Map<String, List<String>> notes =
        in.children(
            "review_id, text FROM review_notes", REVIEW, (row, context) -> row.getString("text"));
    return in.query(
            "SELECT id, region_id, review_date, version FROM reviews <where>"
                + " ORDER BY review_date DESC, id")
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
  }
}
