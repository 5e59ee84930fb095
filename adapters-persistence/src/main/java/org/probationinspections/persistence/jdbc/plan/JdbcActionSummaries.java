package org.probationinspections.persistence.jdbc.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.jdbc.Months;
import org.probationinspections.persistence.jdbc.Rows;

/**
 * Actions across plans with SQL: a GROUP BY over the (target month, status) index for the tallies,
 * and a scan of the target-month index in its order, stopped at the limit, for the actions whose
 * target is over, started after a key for a later page (a row-value comparison, which SQLite and
 * PostgreSQL both read from the index). Plans are paged by key on (submitted, id), which the index
 * {@code action_plans_by_submitted} holds.
 */
public final class JdbcActionSummaries extends JdbcStore implements ActionSummaries {

  /** Regions (and "all") whose tallies are kept; the least recently used goes first. */
  private static final int CACHED_SCOPES = 64;

  /**
   * Tallies as last read, with the stamp of the plans they were read from. Every change to an
   * action saves its plan with the next version, and plans are never deleted, so the number of
   * plans and the sum of their versions change whenever any action does; reading that stamp costs a
   * scan of the plans, not of the actions. It is read from the database, so writes by another
   * process are seen too.
   */
  private final Map<Optional<RegionId>, Tallies> tallies =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Optional<RegionId>, Tallies> eldest) {
              return size() > CACHED_SCOPES;
            }
          });

  private record Tallies(String stamp, List<StatusTally> counts) {}

  public JdbcActionSummaries(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public List<StatusTally> tally(Optional<RegionId> region) {
    return transactions.read(
        handle -> {
          String stamp =
              handle
                  .createQuery(
                      "SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS v FROM action_plans")
                  .map((row, context) -> row.getLong("n") + ":" + row.getLong("v"))
                  .one();
          Tallies kept = tallies.get(region);
          if (kept != null && kept.stamp().equals(stamp)) {
            return kept.counts();
          }
          List<StatusTally> counts = List.copyOf(count(region));
          tallies.put(region, new Tallies(stamp, counts));
          return counts;
        });
  }

  private List<StatusTally> count(Optional<RegionId> region) {
    String sql =
        region.isPresent()
            ? "SELECT a.status, a.target_month, COUNT(*) AS n FROM actions a"
                + " JOIN action_plans p ON p.id = a.plan_id WHERE p.region_id = :region"
                + " GROUP BY a.target_month, a.status"
            : "SELECT status, target_month, COUNT(*) AS n FROM actions"
                + " GROUP BY target_month, status";
    return transactions.read(
        handle ->
            handle
                .createQuery(sql)
                .bind("region", region.map(RegionId::value).orElse(""))
                .map(
                    (row, context) ->
                        new StatusTally(
                            ActionStatus.valueOf(row.getString("status")),
                            Months.parse(row.getString("target_month")),
                            row.getInt("n")))
                .list());
  }

  @Override
  public List<PlanKey> plans(Optional<RegionId> region, Optional<PlanKey> after, int limit) {
    List<String> where = new ArrayList<>();
    region.ifPresent(r -> where.add("region_id = :region"));
    after.ifPresent(
        key -> where.add("(submitted < :submitted OR (submitted = :submitted AND id > :id))"));
    return transactions.list(
        "SELECT id, submitted FROM action_plans"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY submitted DESC, id LIMIT :limit",
        query -> {
          query
              .bind("region", region.map(RegionId::value).orElse(""))
              .bind("id", after.map(key -> key.id().value()).orElse(""))
              .bind("limit", limit);
          after.ifPresent(key -> query.bind("submitted", dialect.date(key.submitted())));
        },
        (row, context) ->
            new PlanKey(dialect.readDate(row, "submitted"), new ActionPlanId(row.getString("id"))));
  }

  @Override
  public List<PlacedAction> targetedBefore(Targeted query) {
    if (query.statuses().isEmpty()) {
      return List.of();
    }
    List<String> names = query.statuses().stream().map(ActionStatus::name).sorted().toList();
    return transactions.read(
        handle -> {
          Map<String, ActionRow> rows = new LinkedHashMap<>();
          handle
              .createQuery(
                  "WITH picked AS (SELECT a.plan_id, p.region_id, a.item_number, a.position,"
                      + " a.text, a.target_month, a.status FROM actions a"
                      + " JOIN action_plans p ON p.id = a.plan_id"
                      + " WHERE a.target_month < :before AND a.status IN (<statuses>)"
                      + (query.region().isPresent() ? " AND p.region_id = :region" : "")
                      + (query.owner().isPresent()
                          ? " AND EXISTS (SELECT 1 FROM action_owners w WHERE w.plan_id = a.plan_id"
                              + " AND w.item_number = a.item_number"
                              + " AND w.action_position = a.position AND w.owner = :owner)"
                          : "")
                      + (query.after().isPresent()
                          ? " AND (a.target_month, a.plan_id, a.item_number, a.position)"
                              + " > (:afterTarget, :afterPlan, :afterItem, :afterPosition)"
                          : "")
                      + " ORDER BY a.target_month, a.plan_id, a.item_number, a.position"
                      + " LIMIT :limit)"
                      + " SELECT picked.*, o.owner FROM picked JOIN action_owners o"
                      + " ON o.plan_id = picked.plan_id AND o.item_number = picked.item_number"
                      + " AND o.action_position = picked.position"
                      + " ORDER BY picked.target_month, picked.plan_id, picked.item_number,"
                      + " picked.position, o.position")
              .bind("before", Months.text(query.before()))
              .bindList("statuses", names)
              .bind("region", query.region().map(RegionId::value).orElse(""))
              .bind("limit", query.limit())
              .bind("owner", query.owner().orElse(""))
              .bind("afterTarget", query.after().map(key -> Months.text(key.target())).orElse(""))
              .bind("afterPlan", query.after().map(key -> key.plan().value()).orElse(""))
              .bind("afterItem", query.after().map(ActionKey::item).orElse(0))
              .bind("afterPosition", query.after().map(key -> key.action() - 1).orElse(0))
              .map(
                  (row, context) ->
                      new ActionRow(
                          row.getString("plan_id"),
                          row.getString("region_id"),
                          row.getInt("item_number"),
                          row.getInt("position"),
                          row.getString("text"),
                          row.getString("target_month"),
                          row.getString("status"),
                          new ArrayList<>(List.of(row.getString("owner")))))
              .forEach(
                  row ->
                      rows.merge(
                          Rows.key(row.plan(), "" + row.item(), "" + row.position()),
                          row,
                          (first, next) -> {
                            first.owners().addAll(next.owners());
                            return first;
                          }));
          return rows.values().stream()
              .map(
                  row ->
                      new PlacedAction(
                          new ActionPlanId(row.plan()),
                          new RegionId(row.region()),
                          row.item(),
                          row.position() + 1,
                          new Action(
                              row.text(),
                              row.owners(),
                              Months.parse(row.target()),
                              ActionStatus.valueOf(row.status()),
                              List.of(),
                              List.of())))
              .toList();
        });
  }

  /**
   * Items with at least one action, none of them open, and no follow-up: the statuses that count as
   * done are the domain's ({@link ActionStatus#isDone}), bound as values.
   */
  @Override
  public List<ItemKey> awaitingJudgement(
      Optional<RegionId> region, Optional<ItemKey> after, int limit) {
    List<String> open =
        java.util.Arrays.stream(ActionStatus.values())
            .filter(status -> !status.isDone())
            .map(ActionStatus::name)
            .toList();
    return transactions.read(
        handle ->
            handle
                .createQuery(
                    "SELECT i.plan_id, i.number FROM action_plan_items i"
                        + " JOIN action_plans p ON p.id = i.plan_id WHERE"
                        + (region.isPresent() ? " p.region_id = :region AND" : "")
                        + (after.isPresent()
                            ? " (i.plan_id > :afterPlan OR (i.plan_id = :afterPlan"
                                + " AND i.number > :afterItem)) AND"
                            : "")
                        // An item with actions, all done: one probe of its actions, as a value
                        // (1 when all are done, 0 when one is open, none without actions), which
                        // PostgreSQL runs item by item in key order and stops at the page's end;
                        // as EXISTS and NOT EXISTS it hashed every action of the country first.
                        + " (SELECT MIN(CASE WHEN a.status IN (<open>) THEN 0 ELSE 1 END)"
                        + " FROM actions a WHERE a.plan_id = i.plan_id"
                        + " AND a.item_number = i.number) = 1"
                        + " AND NOT EXISTS (SELECT 1 FROM item_follow_ups f"
                        + " WHERE f.plan_id = i.plan_id AND f.item_number = i.number)"
                        + " ORDER BY i.plan_id, i.number LIMIT :limit")
                .bind("region", region.map(RegionId::value).orElse(""))
                .bind("afterPlan", after.map(key -> key.plan().value()).orElse(""))
                .bind("afterItem", after.map(ItemKey::item).orElse(0))
                .bindList("open", open)
                .bind("limit", limit)
                .map(
                    (row, context) ->
                        new ItemKey(
                            new ActionPlanId(row.getString("plan_id")), row.getInt("number")))
                .list());
  }

  /**
   * Letters no plan names as the one it answers (the index {@code action_plans_by_review} finds a
   * letter's plans), oldest first, paged by a row-value key on (date, id).
   */
  @Override
  public List<LetterKey> lettersWithoutPlan(
      Optional<RegionId> region, Optional<LetterKey> after, int limit) {
    List<String> where = new ArrayList<>();
    region.ifPresent(r -> where.add("r.region_id = :region"));
    after.ifPresent(key -> where.add("(r.review_date, r.id) > (:afterDate, :afterId)"));
    where.add("NOT EXISTS (SELECT 1 FROM action_plans p WHERE p.review_id = r.id)");
    return transactions.list(
        "SELECT r.id, r.review_date FROM reviews r WHERE "
            + String.join(" AND ", where)
            + " ORDER BY r.review_date, r.id LIMIT :limit",
        query -> {
          query
              .bind("region", region.map(RegionId::value).orElse(""))
              .bind("afterId", after.map(key -> key.id().value()).orElse(""))
              .bind("limit", limit);
          after.ifPresent(key -> query.bind("afterDate", dialect.date(key.date())));
        },
        (row, context) ->
            new LetterKey(
                dialect.readDate(row, "review_date"),
                new org.probationinspections.domain.review.ReviewId(row.getString("id"))));
  }

  private record ActionRow(
      String plan,
      String region,
      int item,
      int position,
      String text,
      String target,
      String status,
      List<String> owners) {}
}
