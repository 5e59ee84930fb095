package org.probationinspections.persistence.jdbc.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.theme.ThemeOverride;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Rows;

/** Theme overrides in {@code theme_overrides}, their themes in {@code theme_override_themes}. */
public final class JdbcThemeOverrides extends JdbcStore implements ThemeOverrideRepository {

  private static final String SELECT =
      "SELECT o.inspection_id, o.recommendation_number, o.set_by, o.note, o.set_at, t.theme_id"
          + " FROM theme_overrides o LEFT JOIN theme_override_themes t"
          + " ON t.inspection_id = o.inspection_id"
          + " AND t.recommendation_number = o.recommendation_number";

  public JdbcThemeOverrides(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public Optional<ThemeOverride> find(RecommendationRef recommendation) {
    return transactions.read(
        handle ->
            rows(
                    handle,
                    SELECT
                        + " WHERE o.inspection_id = :inspection AND o.recommendation_number = :number"
                        + " ORDER BY t.position",
                    recommendation)
                .stream()
                .findFirst());
  }

  @Override
  public List<ThemeOverride> findAll() {
    return transactions.read(
        handle ->
            rows(
                handle,
                SELECT + " ORDER BY o.inspection_id, o.recommendation_number, t.position",
                null));
  }

  @Override
  public void save(ThemeOverride override) {
    RecommendationRef recommendation = override.recommendation();
    transactions.write(
        handle -> {
          delete(handle, recommendation);
          JdbcTransactions.update(
              handle,
              "INSERT INTO theme_overrides (inspection_id, recommendation_number, set_by, note,"
                  + " set_at) VALUES (:inspection, :number, :by, :note, :at)",
              row ->
                  bindRecommendation(row, recommendation)
                      .bind("by", override.by())
                      .bind("note", override.note())
                      .bind("at", dialect.instant(override.at())));
          PreparedBatch themes =
              handle.prepareBatch(
                  "INSERT INTO theme_override_themes (inspection_id, recommendation_number,"
                      + " position, theme_id) VALUES (:inspection, :number, :position, :theme)");
          for (int i = 0; i < override.themeIds().size(); i++) {
            bindRecommendation(themes, recommendation)
                .bind("position", i)
                .bind("theme", override.themeIds().get(i))
                .add();
          }
          Rows.execute(themes);
          return null;
        });
  }

  @Override
  public void remove(RecommendationRef recommendation) {
    transactions.write(
        handle -> {
          delete(handle, recommendation);
          return null;
        });
  }

  /** Deletes the override's themes, then the override itself. */
  private static void delete(Handle handle, RecommendationRef recommendation) {
    for (String delete :
        List.of(
            "DELETE FROM theme_override_themes"
                + " WHERE inspection_id = :inspection AND recommendation_number = :number",
            "DELETE FROM theme_overrides"
                + " WHERE inspection_id = :inspection AND recommendation_number = :number")) {
      JdbcTransactions.update(handle, delete, row -> bindRecommendation(row, recommendation));
    }
  }

  /** Binds the recommendation an override is for, as {@code :inspection} and {@code :number}. */
  private static <S extends SqlStatement<S>> S bindRecommendation(
      S statement, RecommendationRef recommendation) {
    return statement
        .bind("inspection", recommendation.inspectionId().value())
        .bind("number", recommendation.number());
  }

  private List<ThemeOverride> rows(Handle handle, String sql, RecommendationRef only) {
    var query = handle.createQuery(sql);
    if (only != null) {
      bindRecommendation(query, only);
    }
    Map<RecommendationRef, List<String>> themes = new LinkedHashMap<>();
    Map<RecommendationRef, ThemeOverride> heads = new LinkedHashMap<>();
    query
        .map(
            (row, context) -> {
              RecommendationRef ref =
                  new RecommendationRef(
                      new InspectionId(row.getString("inspection_id")),
                      row.getInt("recommendation_number"));
              List<String> ids = themes.computeIfAbsent(ref, r -> new ArrayList<>());
              String theme = row.getString("theme_id");
              if (theme != null) {
                ids.add(theme);
              }
              heads.putIfAbsent(
                  ref,
                  new ThemeOverride(
                      ref,
                      List.of(),
                      row.getString("set_by"),
                      row.getString("note"),
                      dialect.readInstant(row, "set_at")));
              return ref;
            })
        .list();
    List<ThemeOverride> result = new ArrayList<>();
    heads.forEach(
        (ref, head) ->
            result.add(new ThemeOverride(ref, themes.get(ref), head.by(), head.note(), head.at())));
    return result;
  }
}
