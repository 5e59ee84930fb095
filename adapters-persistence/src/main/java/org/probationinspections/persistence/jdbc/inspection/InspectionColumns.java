package org.probationinspections.persistence.jdbc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.probationinspections.domain.inspection.InspectionDetails;
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
      long version) {

    static InspectionRow read(ResultSet row, Dialect dialect) throws SQLException {
      return new InspectionRow(
          row.getString("id"),
          row.getString("pdu_id"),
          row.getString("framework_id"),
          InspectionColumns.details(row, dialect),
          InspectionColumns.published(row),
          row.getLong("version"));
    }
  }

  static InspectionDetails details(ResultSet row, Dialect dialect) throws SQLException {
    return new InspectionDetails(
        dialect.readDate(row, "fieldwork_started"),
        Months.parse(row.getString("published_month")),
        Rows.optionalText(row, "lead_inspector"),
        Rows.optionalInt(row, "cases_inspected"));
  }

  static PublishedSummary published(ResultSet row) throws SQLException {
    return new PublishedSummary(
        Rows.optionalInt(row, "published_score"),
        Rows.optionalInt(row, "published_maximum"),
        Rows.optionalText(row, "published_overall"));
  }
}
