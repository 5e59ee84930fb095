package org.probationinspections.persistence.memory;

import org.probationinspections.domain.account.User;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.review.RegionalReview;

/**
 * Aggregates are mutable, so the in-memory store keeps and hands out copies, as a database would: a
 * change is stored only when it is saved.
 */
final class Copies {

  private Copies() {}

  static Inspection of(Inspection i, long version) {
    return Inspection.restore(
        i.id(),
        i.pduId(),
        i.frameworkId(),
        i.details(),
        i.results(),
        i.findings(),
        i.recommendations(),
        i.published(),
        i.publishedRecord(),
        i.notes(),
        version);
  }

  static ActionPlan of(ActionPlan p, long version) {
    return ActionPlan.restore(
        p.id(),
        p.regionId(),
        p.reviewId(),
        p.submitted(),
        p.items(),
        p.publishedSummary(),
        p.notes(),
        version);
  }

  static User of(User u, long version) {
    return User.restore(
        u.id(),
        u.username(),
        u.role(),
        u.regions(),
        u.passwordHash(),
        u.enabled(),
        u.failedLogins(),
        u.lockedUntil(),
        version);
  }

  static RegionalReview of(RegionalReview r, long version) {
    return new RegionalReview(
        r.id(), r.regionId(), r.date(), r.inspections(), r.observations(), r.notes(), version);
  }
}
