package org.probationinspections.persistence.jdbc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUp;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.PlanSummary;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.plan.TargetRevision;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Action plans in {@code action_plans}, with items, the recommendations each answers, actions,
 * their owners, progress updates and target revisions. Saving checks the version and replaces the
 * children (deleting the items cascades to everything below them).
 */
public final class JdbcActionPlans implements ActionPlanRepository {

  /** Which plans a query loads; constant fragments only, the values are bound. */
  private enum Scope {
    ALL("", ""),
    // One plan's children by their own key, not by a sub-select over the plans.
    BY_ID("WHERE id = :key", "WHERE plan_id = :key"),
    BY_REGION(
        "WHERE region_id = :key",
        "WHERE plan_id IN (SELECT id FROM action_plans WHERE region_id = :key)");

    final String where;

    /** The rows of the child tables that belong to the plans in scope. */
    final String children;

    Scope(String where, String children) {
      this.where = where;
      this.children = children;
    }
  }

  private static final String CHILDREN_OF_SCOPE = " <children>";

  private final JdbcTransactions transactions;

  JdbcActionPlans(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<ActionPlan> findById(ActionPlanId id) {
    return load(Scope.BY_ID, id.value()).stream().findFirst();
  }

  @Override
  public List<ActionPlan> findByRegion(RegionId region) {
    return load(Scope.BY_REGION, region.value());
  }

  @Override
  public List<ActionPlan> findAll() {
    return load(Scope.ALL, "");
  }

  @Override
  public long save(ActionPlan plan) {
    return transactions.write(
        handle -> {
          long read = plan.version();
          long next = read + 1;
          String id = plan.id().value();
          Optional<PlanSummary> summary = plan.publishedSummary();
          String sql =
              read == 0
                  ? "INSERT INTO action_plans (id, region_id, review_id, submitted, summary_agreed,"
                      + " summary_partly_agreed, summary_not_agreed, summary_total, version)"
                      + " VALUES (:id, :region, :review, :submitted, :agreed, :partly, :notAgreed,"
                      + " :total, :next) ON CONFLICT (id) DO NOTHING"
                  : "UPDATE action_plans SET region_id = :region, review_id = :review,"
                      + " submitted = :submitted, summary_agreed = :agreed, summary_partly_agreed"
                      + " = :partly, summary_not_agreed = :notAgreed, summary_total = :total,"
                      + " version = :next WHERE id = :id AND version = :read";
          int written =
              handle
                  .createUpdate(sql)
                  .bind("id", id)
                  .bind("region", plan.regionId().value())
                  .bind("review", plan.reviewId().map(ReviewId::value).orElse(null))
                  .bind("submitted", transactions.dialect().date(plan.submitted()))
                  .bind("agreed", summary.map(PlanSummary::agreed).orElse(null))
                  .bind("partly", summary.map(PlanSummary::partlyAgreed).orElse(null))
                  .bind("notAgreed", summary.map(PlanSummary::notAgreed).orElse(null))
                  .bind("total", summary.map(PlanSummary::total).orElse(null))
                  .bind("read", read)
                  .bind("next", next)
                  .execute();
          Versions.requireWritten(handle, written, "action_plans", id, "Action plan", id, read);
          replaceChildren(handle, plan);
          return next;
        });
  }

  private void replaceChildren(Handle handle, ActionPlan plan) {
    String id = plan.id().value();
    handle
        .createUpdate("DELETE FROM action_plan_items WHERE plan_id = :id")
        .bind("id", id)
        .execute();
    handle
        .createUpdate("DELETE FROM action_plan_notes WHERE plan_id = :id")
        .bind("id", id)
        .execute();
    Dialect dialect = transactions.dialect();
    PreparedBatch items =
        handle.prepareBatch(
            "INSERT INTO action_plan_items (plan_id, number, response, reason, explanation)"
                + " VALUES (:id, :number, :response, :reason, :explanation)");
    PreparedBatch answers =
        handle.prepareBatch(
            "INSERT INTO item_answers (plan_id, item_number, position, inspection_id,"
                + " recommendation_number) VALUES (:id, :item, :position, :inspection, :number)");
    PreparedBatch actions =
        handle.prepareBatch(
            "INSERT INTO actions (plan_id, item_number, position, text, target_month, status)"
                + " VALUES (:id, :item, :position, :text, :target, :status)");
    PreparedBatch owners =
        handle.prepareBatch(
            "INSERT INTO action_owners (plan_id, item_number, action_position, position, owner)"
                + " VALUES (:id, :item, :action, :position, :owner)");
    PreparedBatch progress =
        handle.prepareBatch(
            "INSERT INTO progress_updates (plan_id, item_number, action_position, position,"
                + " reported_on, status, note, reported_by)"
                + " VALUES (:id, :item, :action, :position, :on, :status, :note, :by)");
    PreparedBatch revisions =
        handle.prepareBatch(
            "INSERT INTO target_revisions (plan_id, item_number, action_position, position,"
                + " from_month, to_month, reason, revised_by, revised_on)"
                + " VALUES (:id, :item, :action, :position, :from, :to, :reason, :by, :on)");
    PreparedBatch followUps =
        handle.prepareBatch(
            "INSERT INTO item_follow_ups (plan_id, item_number, position, judgement, judged_on,"
                + " judged_by, note, closes)"
                + " VALUES (:id, :item, :position, :judgement, :on, :by, :note, :closes)");
    for (ActionPlanItem item : plan.items()) {
      for (int position = 0; position < item.followUps().size(); position++) {
        FollowUp followUp = item.followUps().get(position);
        followUps
            .bind("id", id)
            .bind("item", item.number())
            .bind("position", position)
            .bind("judgement", followUp.judgement().name())
            .bind("on", dialect.date(followUp.on()))
            .bind("by", followUp.by())
            .bind("note", followUp.note())
            .bind("closes", followUp.closes())
            .add();
      }
      items
          .bind("id", id)
          .bind("number", item.number())
          .bind("response", item.response().name())
          .bind("reason", item.reason().map(Reason::name).orElse(null))
          .bind("explanation", item.explanation())
          .add();
      for (int position = 0; position < item.answers().size(); position++) {
        RecommendationRef answer = item.answers().get(position);
        answers
            .bind("id", id)
            .bind("item", item.number())
            .bind("position", position)
            .bind("inspection", answer.inspectionId().value())
            .bind("number", answer.number())
            .add();
      }
      for (int actionPosition = 0; actionPosition < item.actions().size(); actionPosition++) {
        Action action = item.actions().get(actionPosition);
        actions
            .bind("id", id)
            .bind("item", item.number())
            .bind("position", actionPosition)
            .bind("text", action.text())
            .bind("target", Months.textOrNull(action.target()))
            .bind("status", action.status().name())
            .add();
        for (int position = 0; position < action.owners().size(); position++) {
          owners
              .bind("id", id)
              .bind("item", item.number())
              .bind("action", actionPosition)
              .bind("position", position)
              .bind("owner", action.owners().get(position))
              .add();
        }
        for (int position = 0; position < action.progress().size(); position++) {
          ProgressUpdate update = action.progress().get(position);
          progress
              .bind("id", id)
              .bind("item", item.number())
              .bind("action", actionPosition)
              .bind("position", position)
              .bind("on", dialect.date(update.on()))
              .bind("status", update.status().name())
              .bind("note", update.note())
              .bind("by", update.by())
              .add();
        }
        for (int position = 0; position < action.revisions().size(); position++) {
          TargetRevision revision = action.revisions().get(position);
          revisions
              .bind("id", id)
              .bind("item", item.number())
              .bind("action", actionPosition)
              .bind("position", position)
              .bind("from", Months.textOrNull(revision.from()))
              .bind("to", Months.text(revision.to()))
              .bind("reason", revision.reason())
              .bind("by", revision.by())
              .bind("on", dialect.date(revision.on()))
              .add();
        }
      }
    }
    // Parents before children, for the foreign keys.
    for (PreparedBatch batch :
        List.of(items, answers, actions, owners, progress, revisions, followUps)) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
    PreparedBatch notes =
        handle.prepareBatch(
            "INSERT INTO action_plan_notes (plan_id, position, text)"
                + " VALUES (:id, :position, :text)");
    for (int position = 0; position < plan.notes().size(); position++) {
      notes
          .bind("id", id)
          .bind("position", position)
          .bind("text", plan.notes().get(position))
          .add();
    }
    if (notes.size() > 0) {
      notes.execute();
    }
  }

  private List<ActionPlan> load(Scope scope, String key) {
    Dialect dialect = transactions.dialect();
    return transactions.read(
        handle -> {
          Map<String, List<String>> owners =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, item_number, action_position, owner FROM action_owners"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, item_number, action_position, position")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) ->
                      Rows.key(
                          row.getString("plan_id"),
                          row.getString("item_number"),
                          row.getString("action_position")),
                  (row, context) -> row.getString("owner"));
          Map<String, List<ProgressUpdate>> progress =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, item_number, action_position, reported_on, status, note,"
                              + " reported_by FROM progress_updates"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, item_number, action_position, position")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) ->
                      Rows.key(
                          row.getString("plan_id"),
                          row.getString("item_number"),
                          row.getString("action_position")),
                  (row, context) ->
                      new ProgressUpdate(
                          dialect.readDate(row, "reported_on"),
                          ActionStatus.valueOf(row.getString("status")),
                          row.getString("note"),
                          row.getString("reported_by")));
          Map<String, List<TargetRevision>> revisions =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, item_number, action_position, from_month, to_month,"
                              + " reason, revised_by, revised_on FROM target_revisions"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, item_number, action_position, position")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) ->
                      Rows.key(
                          row.getString("plan_id"),
                          row.getString("item_number"),
                          row.getString("action_position")),
                  (row, context) ->
                      new TargetRevision(
                          Months.parse(row.getString("from_month")),
                          Months.parse(row.getString("to_month")).orElseThrow(),
                          row.getString("reason"),
                          row.getString("revised_by"),
                          dialect.readDate(row, "revised_on")));
          Map<String, List<Action>> actions =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, item_number, position, text, target_month, status"
                              + " FROM actions"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, item_number, position")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) ->
                      Rows.key(row.getString("plan_id"), row.getString("item_number")),
                  (row, context) -> {
                    String actionKey =
                        Rows.key(
                            row.getString("plan_id"),
                            row.getString("item_number"),
                            row.getString("position"));
                    return new Action(
                        row.getString("text"),
                        Rows.of(owners, actionKey),
                        Months.parse(row.getString("target_month")),
                        ActionStatus.valueOf(row.getString("status")),
                        Rows.of(progress, actionKey),
                        Rows.of(revisions, actionKey));
                  });
          Map<String, List<RecommendationRef>> answers =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, item_number, inspection_id, recommendation_number"
                              + " FROM item_answers"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, item_number, position")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) ->
                      Rows.key(row.getString("plan_id"), row.getString("item_number")),
                  (row, context) ->
                      new RecommendationRef(
                          new InspectionId(row.getString("inspection_id")),
                          row.getInt("recommendation_number")));
          Map<String, List<FollowUp>> followUps =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, item_number, judgement, judged_on, judged_by, note,"
                              + " closes FROM item_follow_ups"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, item_number, position")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) ->
                      Rows.key(row.getString("plan_id"), row.getString("item_number")),
                  (row, context) ->
                      new FollowUp(
                          FollowUpJudgement.valueOf(row.getString("judgement")),
                          dialect.readDate(row, "judged_on"),
                          row.getString("judged_by"),
                          row.getString("note"),
                          row.getBoolean("closes")));
          Map<String, List<ActionPlanItem>> items =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, number, response, reason, explanation"
                              + " FROM action_plan_items"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, number")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) -> row.getString("plan_id"),
                  (row, context) -> {
                    String itemKey = Rows.key(row.getString("plan_id"), row.getString("number"));
                    return new ActionPlanItem(
                        row.getInt("number"),
                        Rows.of(answers, itemKey),
                        Response.valueOf(row.getString("response")),
                        Rows.optionalText(row, "reason").map(Reason::valueOf),
                        row.getString("explanation"),
                        Rows.of(actions, itemKey),
                        Rows.of(followUps, itemKey));
                  });
          Map<String, List<String>> notes =
              Rows.grouped(
                  handle
                      .createQuery(
                          "SELECT plan_id, text FROM action_plan_notes"
                              + CHILDREN_OF_SCOPE
                              + " ORDER BY plan_id, position")
                      .define("children", scope.children)
                      .define("where", scope.where)
                      .bind("key", key),
                  (row, context) -> row.getString("plan_id"),
                  (row, context) -> row.getString("text"));
          return handle
              .createQuery(
                  "SELECT id, region_id, review_id, submitted, summary_agreed,"
                      + " summary_partly_agreed, summary_not_agreed, summary_total, version"
                      + " FROM action_plans <where> ORDER BY submitted DESC, id")
              .define("where", scope.where)
              .bind("key", key)
              .map(
                  (row, context) -> {
                    String id = row.getString("id");
                    Optional<PlanSummary> summary =
                        Rows.optionalInt(row, "summary_total").isPresent()
                            ? Optional.of(
                                new PlanSummary(
                                    row.getInt("summary_agreed"),
                                    row.getInt("summary_partly_agreed"),
                                    row.getInt("summary_not_agreed"),
                                    row.getInt("summary_total")))
                            : Optional.empty();
                    return ActionPlan.restore(
                        new ActionPlanId(id),
                        new RegionId(row.getString("region_id")),
                        Rows.optionalText(row, "review_id").map(ReviewId::new),
                        dialect.readDate(row, "submitted"),
                        Rows.of(items, id),
                        summary,
                        Rows.of(notes, id),
                        row.getLong("version"));
                  })
              .list();
        });
  }
}
