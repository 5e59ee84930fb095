package org.probationinspections.persistence.jdbc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.PublicationDate;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.persistence.jdbc.Dialect;
import org.probationinspections.persistence.jdbc.Months;
import org.probationinspections.persistence.jdbc.Rows;

/** The columns of {@code inspections} that the inspection read and the summaries both map. */
final class InspectionColumns {

  private InspectionColumns() {}

  /** One row of {@code inspections}, read before its children. */
  record InspectionRow(
      String id,
      String pduId,
      String frameworkId,
      InspectionDetails details,
      PublishedSummary published,
      Optional<PublishedRecord> publishedRecord,
      long version) {

    static InspectionRow read(ResultSet row, Dialect dialect) throws SQLException {
      return new InspectionRow(
          row.getString("id"),
          row.getString("pdu_id"),
          row.getString("framework_id"),
          InspectionColumns.details(row, dialect),
          InspectionColumns.published(row),
          InspectionColumns.publishedRecord(row),
          row.getLong("version"));
    }
  }

  static InspectionDetails details(ResultSet row, Dialect dialect) throws SQLException {
    return new InspectionDetails(
        dialect.readDate(row, "fieldwork_started"),
        Months.parse(row.getString("published_month")),
        Rows.optionalText(row, "lead_inspector"),
        Rows.optionalInt(row, "cases_inspected"),
        Rows.optionalText(row, "judgement"));
  }

  /** The columns every query of inspections reads after {@code published_overall}. */
  static final String PUBLISHED_RECORD_COLUMNS =
      "source_url, publication_date, publication_note, recommendations_stated, summary_only";

  static Optional<PublishedRecord> publishedRecord(ResultSet row) throws SQLException {
    Optional<String> source = Rows.optionalText(row, "source_url");
    if (source.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PublishedRecord(
            source.get(),
            new PublicationDate(
                Rows.optionalText(row, "publication_date"),
                Rows.optionalText(row, "publication_note")),
            Rows.optionalInt(row, "recommendations_stated"),
            row.getBoolean("summary_only")));
  }

  static PublishedSummary published(ResultSet row) throws SQLException {
    return new PublishedSummary(
        Rows.optionalInt(row, "published_score"),
        Rows.optionalInt(row, "published_maximum"),
        Rows.optionalText(row, "published_overall"));
  }
}
