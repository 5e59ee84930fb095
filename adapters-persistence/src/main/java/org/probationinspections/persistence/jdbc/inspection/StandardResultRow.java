package org.probationinspections.persistence.jdbc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.RatingSource;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.persistence.jdbc.Rows;

/** A row of {@code standard_results}, read before the key questions that complete it. */
record StandardResultRow(
    String code, Rating rating, RatingSource source, Optional<Rating> published) {

  /**
   * A standard's row as the one-statement reads of child rows select it ({@link JdbcInspections},
   * {@link JdbcInspectionSummaries}): code, rating, source and published rating in the columns
   * {@code a} to {@code d}.
   */
  static StandardResultRow ofUnion(ResultSet row) throws SQLException {
    return new StandardResultRow(
        row.getString("a"),
        Rating.valueOf(row.getString("b")),
        RatingSource.valueOf(row.getString("c")),
        Rows.optionalText(row, "d").map(Rating::valueOf));
  }

  /**
   * One inspection's standard results, from its rows grouped by inspection id and its key questions
   * grouped by inspection id and standard ({@link Rows#key}).
   */
  static List<StandardResult> of(
      String inspectionId,
      Map<String, List<StandardResultRow>> rows,
      Map<String, List<KeyQuestionResult>> keyQuestions) {
    return Rows.of(rows, inspectionId).stream()
        .map(
            row ->
                new StandardResult(
                    row.code(),
                    row.rating(),
                    row.source(),
                    row.published(),
                    Rows.of(keyQuestions, Rows.key(inspectionId, row.code()))))
        .toList();
  }
}
