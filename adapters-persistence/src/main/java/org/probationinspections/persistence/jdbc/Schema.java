package org.probationinspections.persistence.jdbc;

import java.util.List;

/** The tables of the schema, parents before children (the order an export is read back in). */
public final class Schema {

  private Schema() {}

  /**
   * The versions of the migrations in {@code db/migration} and in each database's own folder
   * ({@code db/sqlite}, {@code db/postgresql}), oldest first. A test keeps this list equal to the
   * files, so that a database missing one is always handed to Flyway.
   */
  public static final List<String> MIGRATIONS =
      List.of(
          "1", "2", "10", "20", "21", "40", "50", "60", "70", "80", "89", "90", "100", "110", "113",
          "130", "140", "141");

  public static final List<String> TABLES =
      List.of(
          "regions",
          "pdus",
          "pdu_names",
          "inspections",
          "standard_results",
          "key_question_results",
          "findings",
          "recommendations",
          "inspection_notes",
          "reviews",
          "review_inspections",
          "observations",
          "review_notes",
          "action_plans",
          "action_plan_notes",
          "action_plan_items",
          "item_answers",
          "actions",
          "action_owners",
          "progress_updates",
          "target_revisions",
          "item_follow_ups",
          "imported_documents",
          "users",
          "user_regions",
          "api_tokens",
          "audit_entries",
          "theme_overrides",
          "theme_override_themes",
          "consolidation_decisions",
          "web_sessions",
          "import_flags");

  /**
   * Counts a table's rows. The table name comes from {@link #TABLES} only (an identifier cannot be
   * a bound parameter); anything else is refused.
   */
  static String countSql(String table) {
    return "SELECT COUNT(*) FROM " + known(table);
  }

  static String selectAllSql(String table) {
    return "SELECT * FROM " + known(table) + " ORDER BY 1, 2";
  }

  private static String known(String table) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("not a table of the schema: " + table);
    }
    return table;
  }
}
