package org.probationinspections.persistence.jdbc.plan;

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
import org.probationinspections.persistence.jdbc.JdbcRegionalAggregates;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Months;
import org.probationinspections.persistence.jdbc.Rows;
import org.probationinspections.persistence.jdbc.Scope;
import org.probationinspections.persistence.jdbc.Scope.Parent;
import org.probationinspections.persistence.jdbc.Versions;

/**
 * Action plans in {@code action_plans}, with items, the recommendations each answers, actions,
 * their owners, progress updates and target revisions. Saving checks the version and replaces the
 * children (deleting the items cascades to everything below them).
 */
public final class JdbcActionPlans extends JdbcRegionalAggregates<ActionPlanId, ActionPlan>
    implements ActionPlanRepository {

  /** The parents of child rows: their plan, their item, their action. */
  private static final Parent PLAN = Parent.of("plan_id, position", "plan_id");

  private static final Parent ITEM =
      Parent.of("plan_id, item_number, position", "plan_id", "item_number");
  private static final Parent ACTION =
      Parent.of(
          "plan_id, item_number, action_position, position",
          "plan_id",
          "item_number",
          "action_position");

  private static final String INSERT =
      "INSERT INTO action_plans (id, region_id, review_id, inspection_id, submitted,"
          + " summary_agreed, summary_partly_agreed, summary_not_agreed, summary_total, version)"
          + " VALUES (:id, :region, :review, :inspection, :submitted, :agreed, :partly,"
          + " :notAgreed, :total, :next) ON CONFLICT (id) DO NOTHING";
  private static final String UPDATE =
      "UPDATE action_plans SET region_id = :region, review_id = :review,"
          + " inspection_id = :inspection,"
          + " submitted = :submitted, summary_agreed = :agreed, summary_partly_agreed"
          + " = :partly, summary_not_agreed = :notAgreed, summary_total = :total,"
          + " version = :next WHERE id = :id AND version = :read";

  public JdbcActionPlans(JdbcTransactions transactions) {
    super(transactions, Versions.ACTION_PLANS, ActionPlanId::value);
  }

  @Override
  public long save(ActionPlan plan) {
    Optional<PlanSummary> summary = plan.publishedSummary();
    return save(
        INSERT,
        UPDATE,
        plan.id().value(),
        plan.version(),
        row ->
            row.bind("region", plan.regionId().value())
                .bind("review", plan.reviewId().map(ReviewId::value).orElse(null))
                .bind("inspection", plan.inspectionId().map(InspectionId::value).orElse(null))
                .bind("submitted", dialect.date(plan.submitted()))
                .bind("agreed", summary.map(PlanSummary::agreed).orElse(null))
                .bind("partly", summary.map(PlanSummary::partlyAgreed).orElse(null))
                .bind("notAgreed", summary.map(PlanSummary::notAgreed).orElse(null))
                .bind("total", summary.map(PlanSummary::total).orElse(null)),
        handle -> replaceChildren(handle, plan));
  }

  private void replaceChildren(Handle handle, ActionPlan plan) {
    String id = plan.id().value();
    for (String delete :
        List.of(
            "DELETE FROM action_plan_items WHERE plan_id = :id",
            "DELETE FROM action_plan_notes WHERE plan_id = :id")) {
      handle.createUpdate(delete).bind("id", id).execute();
    }
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
      int number = item.number();
      Rows.addInOrder(
          followUps,
          id,
          item.followUps(),
          (followUp, row) ->
              row.bind("item", number)
                  .bind("judgement", followUp.judgement().name())
                  .bind("on", dialect.date(followUp.on()))
                  .bind("by", followUp.by())
                  .bind("note", followUp.note())
                  .bind("closes", followUp.closes()));
      items
          .bind("id", id)
          .bind("number", number)
          .bind("response", item.response().name())
          .bind("reason", item.reason().map(Reason::name).orElse(null))
          .bind("explanation", item.explanation())
          .add();
      Rows.addInOrder(
          answers,
          id,
          item.answers(),
          (answer, row) ->
              row.bind("item", number)
                  .bind("inspection", answer.inspectionId().value())
                  .bind("number", answer.number()));
      Rows.addInOrder(
          actions,
          id,
          item.actions(),
          (action, row) ->
              row.bind("item", number)
                  .bind("text", action.text())
                  .bind("target", Months.textOrNull(action.target()))
                  .bind("status", action.status().name()));
      for (int position = 0; position < item.actions().size(); position++) {
        Action action = item.actions().get(position);
        int actionPosition = position;
        Rows.addInOrder(
            owners,
            id,
            action.owners(),
            (owner, row) ->
                row.bind("item", number).bind("action", actionPosition).bind("owner", owner));
        Rows.addInOrder(
            progress,
            id,
            action.progress(),
            (update, row) ->
                row.bind("item", number)
                    .bind("action", actionPosition)
                    .bind("on", dialect.date(update.on()))
                    .bind("status", update.status().name())
                    .bind("note", update.note())
                    .bind("by", update.by()));
        Rows.addInOrder(
            revisions,
            id,
            action.revisions(),
            (revision, row) ->
                row.bind("item", number)
                    .bind("action", actionPosition)
                    .bind("from", Months.textOrNull(revision.from()))
                    .bind("to", Months.text(revision.to()))
                    .bind("reason", revision.reason())
                    .bind("by", revision.by())
                    .bind("on", dialect.date(revision.on())));
      }
    }
    // Parents before children, for the foreign keys.
    for (PreparedBatch batch :
        List.of(items, answers, actions, owners, progress, revisions, followUps)) {
      Rows.execute(batch);
    }
    Rows.insertTexts(
        handle,
        "INSERT INTO action_plan_notes (plan_id, position, text) VALUES (:id, :position, :text)",
        id,
        plan.notes());
  }

  @Override
  public List<ActionPlan> findByIds(List<ActionPlanId> ids) {
    return findByIds(ids, "plan_id", ActionPlan::id);
  }

  @Override
  public List<ActionPlan> load(Handle handle, Scope scope, String key) {
    Scope.Reader in = scope.in(handle, key);
    Map<String, List<String>> owners =
        in.children(
            "plan_id, item_number, action_position, owner FROM action_owners",
            ACTION,
            (row, context) -> row.getString("owner"));
    Map<String, List<ProgressUpdate>> progress =
        in.children(
            "plan_id, item_number, action_position, reported_on, status, note, reported_by"
                + " FROM progress_updates",
            ACTION,
            (row, context) ->
                new ProgressUpdate(
                    dialect.readDate(row, "reported_on"),
                    ActionStatus.valueOf(row.getString("status")),
                    row.getString("note"),
                    row.getString("reported_by")));
    Map<String, List<TargetRevision>> revisions =
        in.children(
            "plan_id, item_number, action_position, from_month, to_month, reason,"
                + " revised_by, revised_on FROM target_revisions",
            ACTION,
            (row, context) ->
                new TargetRevision(
                    Months.parse(row.getString("from_month")),
                    Months.parse(row.getString("to_month")).orElseThrow(),
                    row.getString("reason"),
                    row.getString("revised_by"),
                    dialect.readDate(row, "revised_on")));
    Map<String, List<Action>> actions =
        in.children(
            "plan_id, item_number, position, text, target_month, status FROM actions",
            ITEM,
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
        in.children(
            "plan_id, item_number, inspection_id, recommendation_number FROM item_answers",
            ITEM,
            (row, context) ->
                new RecommendationRef(
                    new InspectionId(row.getString("inspection_id")),
                    row.getInt("recommendation_number")));
    Map<String, List<FollowUp>> followUps =
        in.children(
            "plan_id, item_number, judgement, judged_on, judged_by, note, closes"
                + " FROM item_follow_ups",
            ITEM,
            (row, context) ->
                new FollowUp(
                    FollowUpJudgement.valueOf(row.getString("judgement")),
                    dialect.readDate(row, "judged_on"),
                    row.getString("judged_by"),
                    row.getString("note"),
                    row.getBoolean("closes")));
    Map<String, List<ActionPlanItem>> items =
        in.children(
            "plan_id, number, response, reason, explanation FROM action_plan_items",
            Parent.of("plan_id, number", "plan_id"),
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
        in.children(
            "plan_id, text FROM action_plan_notes", PLAN, (row, context) -> row.getString("text"));
    return in.query(
            "SELECT id, region_id, review_id, inspection_id, submitted, summary_agreed,"
                + " summary_partly_agreed, summary_not_agreed, summary_total, version"
                + " FROM action_plans <where> ORDER BY submitted DESC, id")
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
              return new ActionPlan(
                  new ActionPlanId(id),
                  new RegionId(row.getString("region_id")),
                  Rows.optionalText(row, "review_id").map(ReviewId::new),
                  Rows.optionalText(row, "inspection_id").map(InspectionId::new),
                  dialect.readDate(row, "submitted"),
                  Rows.of(items, id),
                  summary,
                  Rows.of(notes, id),
                  row.getLong("version"));
            })
        .list();
  }
}
