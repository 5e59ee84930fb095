package org.probationinspections.persistence.jdbc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.unit.RegionId;

/**
 * Actions across plans with SQL: a GROUP BY over the (target month, status) index for the tallies,
 * and a scan of the target-month index in its order, stopped at the limit, for the actions whose
 * target is over.
 */
public final class JdbcActionSummaries implements ActionSummaries {

  private final JdbcTransactions transactions;

  JdbcActionSummaries(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public List<StatusTally> tally(Optional<RegionId> region) {
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
  public List<PlacedAction> targetedBefore(
      Optional<RegionId> region, Set<ActionStatus> statuses, YearMonth before, int limit) {
    if (statuses.isEmpty()) {
      return List.of();
    }
    List<String> names = statuses.stream().map(ActionStatus::name).sorted().toList();
    return transactions.read(
        handle -> {
          Map<String, ActionRow> rows = new LinkedHashMap<>();
          handle
              .createQuery(
                  "WITH picked AS (SELECT a.plan_id, p.region_id, a.item_number, a.position,"
                      + " a.text, a.target_month, a.status FROM actions a"
                      + " JOIN action_plans p ON p.id = a.plan_id"
                      + " WHERE a.target_month < :before AND a.status IN (<statuses>)"
                      + (region.isPresent() ? " AND p.region_id = :region" : "")
                      + " ORDER BY a.target_month, a.plan_id, a.item_number, a.position"
                      + " LIMIT :limit)"
                      + " SELECT picked.*, o.owner FROM picked JOIN action_owners o"
                      + " ON o.plan_id = picked.plan_id AND o.item_number = picked.item_number"
                      + " AND o.action_position = picked.position"
                      + " ORDER BY picked.target_month, picked.plan_id, picked.item_number,"
                      + " picked.position, o.position")
              .bind("before", Months.text(before))
              .bindList("statuses", names)
              .bind("region", region.map(RegionId::value).orElse(""))
              .bind("limit", limit)
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
