package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.persistence.jdbc.JdbcDatabase;

/**
 * A database written by the V1 schema, then migrated to the latest, must still read through the
 * repositories. The rows are inserted with V1's own SQL, not through today's repositories, so that
 * a later migration that changes a table is tested against data shaped as V1 stored it.
 */
class MigrationTest {

  @TempDir Path folder;

  @Test
  void givenDataWrittenAtV1_migratingToLatest_keepsItReadable() {
    Path file = folder.resolve("v1.db");
    JdbcDatabase v1 = JdbcDatabase.sqlite(file);
    assertEquals("1", v1.migrateTo("1").get(0).version());
    v1.jdbi()
        .useTransaction(
            handle -> {
              handle.execute(
                  "INSERT INTO regions (id, name, name_key) VALUES ('nw', 'North West', 'north west')");
              handle.execute(
                  "INSERT INTO pdus (id, region_id, name) VALUES ('k', 'nw', 'Knowsley and St Helens')");
              handle.execute(
                  "INSERT INTO pdu_names (pdu_id, position, name, name_key, order_free_key) VALUES"
                      + " ('k', 0, 'Knowsley and St Helens', 'knowsley and st helens', 'helens knowsley st')");
              handle.execute(
                  "INSERT INTO inspections (id, pdu_id, framework_id, fieldwork_started, published_month,"
                      + " lead_inspector, cases_inspected, published_score, published_maximum,"
                      + " published_overall, version) VALUES ('i', 'k', 'hmip-probation-pdu-2021',"
                      + " '2022-11-07', '2023-04', 'Jane Doe', 68, 6, 27, 'Requires improvement', 3)");
              handle.execute(
                  "INSERT INTO standard_results (inspection_id, position, code, rating, source,"
                      + " published_rating) VALUES ('i', 0, '2.2', 'INADEQUATE', 'KEY_QUESTIONS', 'REQUIRES_IMPROVEMENT')");
              handle.execute(
                  "INSERT INTO key_question_results (inspection_id, standard_code, position, question,"
                      + " percent_yes) VALUES ('i', '2.2', 0, 'Engaging?', 71), ('i', '2.2', 1, 'Safety?', 38)");
              handle.execute(
                  "INSERT INTO recommendations (inspection_id, number, addressee_level, addressee_name, text)"
                      + " VALUES ('i', 1, 'PDU', 'Knowsley and St Helens', 'Improve assessments.')");
              handle.execute(
                  "INSERT INTO action_plans (id, region_id, review_id, submitted, version)"
                      + " VALUES ('p', 'nw', NULL, '2023-08-01', 1)");
              handle.execute(
                  "INSERT INTO action_plan_items (plan_id, number, response, reason, explanation)"
                      + " VALUES ('p', 1, 'AGREED', NULL, '')");
              handle.execute(
                  "INSERT INTO item_answers (plan_id, item_number, position, inspection_id,"
                      + " recommendation_number) VALUES ('p', 1, 0, 'i', 1)");
              handle.execute(
                  "INSERT INTO actions (plan_id, item_number, position, text, target_month, status)"
                      + " VALUES ('p', 1, 0, 'Train staff', '2023-09', 'PLANNED')");
              handle.execute(
                  "INSERT INTO action_owners (plan_id, item_number, action_position, position, owner)"
                      + " VALUES ('p', 1, 0, 0, 'Head of PDU')");
            });

    try (Store store = Store.open(StoreLocation.sqlite(file))) {
      assertEquals(
          Optional.of("k"),
          store.pdus().findByName("Knowsley & St Helens PDU").map(p -> p.id().value()));
      Inspection inspection = store.inspections().findById(new InspectionId("i")).orElseThrow();
      assertEquals(3, inspection.version());
      assertEquals(LocalDate.of(2022, 11, 7), inspection.details().fieldworkStarted());
      assertEquals(
          List.of(71, 38),
          inspection.result("2.2").orElseThrow().keyQuestions().stream()
              .map(q -> q.percentYes())
              .toList());
      ActionPlan plan = store.actionPlans().findById(new ActionPlanId("p")).orElseThrow();
      assertEquals(List.of("Head of PDU"), plan.action(new ActionRef(1, 1)).owners());
      assertEquals(1, plan.item(1).answers().size());
    }
  }

  @Test
  void auditDocumentsWrittenTwiceBeforeV70_readBackTheSame_storedOnce() {
    Path file = folder.resolve("v60.db");
    JdbcDatabase v60 = JdbcDatabase.sqlite(file);
    v60.migrateTo("60");
    String whole = "{\"pdu\":\"Knowsley\"}";
    v60.jdbi()
        .useTransaction(
            handle -> {
              handle.execute(
                  "INSERT INTO audit_entries (changed_at, actor, record_type, record_id,"
                      + " change_kind, before_json, after_json, document_json) VALUES"
                      + " ('2024-03-01T09:00:00Z', 'ada', 'inspection', 'i', 'created', NULL, ?, ?)",
                  whole,
                  whole);
              handle.execute(
                  "INSERT INTO audit_entries (changed_at, actor, record_type, record_id,"
                      + " change_kind, before_json, after_json, document_json) VALUES"
                      + " ('2024-03-02T09:00:00Z', 'ada', 'pdu', 'k', 'created', NULL, '{}', NULL)");
            });
    v60.close();

    try (Store store = Store.open(StoreLocation.sqlite(file))) {
      var entries =
          store.auditLog().rows(org.probationinspections.application.port.out.AuditLog.Query.all());
      assertEquals(Optional.of(whole), entries.get(0).after());
      assertEquals(Optional.of(whole), entries.get(0).document());
      assertEquals(Optional.empty(), entries.get(1).document());
    }
    JdbcDatabase migrated = JdbcDatabase.sqlite(file);
    try {
      assertEquals(
          List.of(1, 0),
          migrated
              .jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery(
                              "SELECT CASE WHEN document_json IS NULL THEN 1 ELSE 0 END"
                                  + " FROM audit_entries WHERE document_is_after = 1"
                                  + " UNION ALL SELECT COUNT(*) FROM audit_entries"
                                  + " WHERE document_is_after = 0 AND document_json IS NOT NULL")
                          .mapTo(Integer.class)
                          .list()));
    } finally {
      migrated.close();
    }
  }
}
