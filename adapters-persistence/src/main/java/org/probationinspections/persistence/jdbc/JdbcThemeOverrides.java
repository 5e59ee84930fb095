package org.probationinspections.persistence.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.theme.ThemeOverride;

/** Theme overrides in {@code theme_overrides}, their themes in {@code theme_override_themes}. */
public final class JdbcThemeOverrides implements ThemeOverrideRepository {

  private static final String SELECT =
      "SELECT o.inspection_id, o.recommendation_number, o.set_by, o.note, o.set_at, t.theme_id"
          + " FROM theme_overrides o LEFT JOIN theme_override_themes t"
          + " ON t.inspection_id = o.inspection_id"
          + " AND t.recommendation_number = o.recommendation_number";

  private final JdbcTransactions transactions;

  JdbcThemeOverrides(JdbcTransactions transactions) {
    this.transactions = transactions;
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
    Dialect dialect = transactions.dialect();
    transactions.write(
        handle -> {
          delete(handle, override.recommendation());
          handle
              .createUpdate(
                  "INSERT INTO theme_overrides (inspection_id, recommendation_number, set_by, note,"
                      + " set_at) VALUES (:inspection, :number, :by, :note, :at)")
              .bind("inspection", override.recommendation().inspectionId().value())
              .bind("number", override.recommendation().number())
              .bind("by", override.by())
              .bind("note", override.note())
              .bind("at", dialect.instant(override.at()))
              .execute();
          for (int i = 0; i < override.themeIds().size(); i++) {
            handle
                .createUpdate(
                    "INSERT INTO theme_override_themes (inspection_id, recommendation_number,"
                        + " position, theme_id) VALUES (:inspection, :number, :position, :theme)")
                .bind("inspection", override.recommendation().inspectionId().value())
                .bind("number", override.recommendation().number())
                .bind("position", i)
                .bind("theme", override.themeIds().get(i))
                .execute();
          }
          return null;
        });
  }

  @Override
  public void remove(RecommendationRef recommendation) {
    transactions.write(handle -> delete(handle, recommendation));
  }

  private static int delete(Handle handle, RecommendationRef recommendation) {
    handle
        .createUpdate(
            "DELETE FROM theme_override_themes"
                + " WHERE inspection_id = :inspection AND recommendation_number = :number")
        .bind("inspection", recommendation.inspectionId().value())
        .bind("number", recommendation.number())
        .execute();
    return handle
        .createUpdate(
            "DELETE FROM theme_overrides"
                + " WHERE inspection_id = :inspection AND recommendation_number = :number")
        .bind("inspection", recommendation.inspectionId().value())
        .bind("number", recommendation.number())
        .execute();
  }

  private List<ThemeOverride> rows(Handle handle, String sql, RecommendationRef only) {
    Dialect dialect = transactions.dialect();
    var query = handle.createQuery(sql);
    if (only != null) {
      query.bind("inspection", only.inspectionId().value()).bind("number", only.number());
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
