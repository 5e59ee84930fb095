package org.probationinspections.persistence.jdbc.insight;

import java.util.Arrays;
import java.util.List;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.consolidation.Verdict;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.persistence.jdbc.JdbcStore;
import org.probationinspections.persistence.jdbc.JdbcTransactions;

/** Decisions on suggested groups in {@code consolidation_decisions}. */
public final class JdbcConsolidationDecisions extends JdbcStore
    implements ConsolidationDecisionRepository {

  public JdbcConsolidationDecisions(JdbcTransactions transactions) {
    super(transactions);
  }

  @Override
  public List<ConsolidationDecision> findByReview(ReviewId review) {
    return transactions.list(
        "SELECT review_id, group_key, verdict, decided_by, note, decided_at"
            + " FROM consolidation_decisions WHERE review_id = :review"
            + " ORDER BY group_key",
        query -> query.bind("review", review.value()),
        (row, context) ->
            new ConsolidationDecision(
                new ReviewId(row.getString("review_id")),
                members(row.getString("group_key")),
                Verdict.valueOf(row.getString("verdict")),
                row.getString("decided_by"),
                row.getString("note"),
                dialect.readInstant(row, "decided_at")));
  }

  @Override
  public void save(ConsolidationDecision decision) {
    transactions.update(
        "INSERT INTO consolidation_decisions (review_id, group_key, verdict,"
            + " decided_by, note, decided_at)"
            + " VALUES (:review, :key, :verdict, :by, :note, :at)"
            + " ON CONFLICT (review_id, group_key) DO UPDATE SET"
            + " verdict = excluded.verdict, decided_by = excluded.decided_by,"
            + " note = excluded.note, decided_at = excluded.decided_at",
        row ->
            row.bind("review", decision.review().value())
                .bind("key", decision.groupKey())
                .bind("verdict", decision.verdict().name())
                .bind("by", decision.by())
                .bind("note", decision.note())
                .bind("at", dialect.instant(decision.at())));
  }

  private static List<RecommendationRef> members(String key) {
    return Arrays.stream(key.split(","))
        .map(
            member -> {
              int hash = member.lastIndexOf('#');
              return new RecommendationRef(
                  new InspectionId(member.substring(0, hash)),
                  Integer.parseInt(member.substring(hash + 1)));
            })
        .toList();
  }
}
