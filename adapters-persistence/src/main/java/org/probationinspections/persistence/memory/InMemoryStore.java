package org.probationinspections.persistence.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.probationinspections.application.port.out.ImportLedger.ImportedDocument;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.theme.ThemeOverride;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.audit.AuditRow;

/**
 * The in-memory database: one map a table, guarded by one lock. A transaction copies the maps first
 * and puts the copies back when the work throws, so a failing use case leaves nothing.
 */
public final class InMemoryStore implements UnitOfWork {

  private final Object lock = new Object();
  private Tables tables = new Tables();
  private int depth;

  static final class Tables {
    final Map<RegionId, Region> regions = new LinkedHashMap<>();
    final Map<PduId, Pdu> pdus = new LinkedHashMap<>();
    final Map<InspectionId, Inspection> inspections = new LinkedHashMap<>();
    final Map<ReviewId, RegionalReview> reviews = new LinkedHashMap<>();
    final Map<ActionPlanId, ActionPlan> plans = new LinkedHashMap<>();
    final Map<String, ImportedDocument> imports = new LinkedHashMap<>();
    final Map<UserId, User> users = new LinkedHashMap<>();
    final Map<String, ApiToken> tokens = new LinkedHashMap<>();
    final List<AuditRow> audit = new ArrayList<>();
    final Map<RecommendationRef, ThemeOverride> themeOverrides = new LinkedHashMap<>();
    final Map<String, ConsolidationDecision> consolidationDecisions = new LinkedHashMap<>();
    final Map<FlagId, Flag> flags = new LinkedHashMap<>();

    /** Each inspection's standing, the rules it was computed under and the version it is of. */
    final Map<InspectionId, StoredStanding> standings = new LinkedHashMap<>();

    Tables copy() {
      Tables copy = new Tables();
      copy.regions.putAll(regions);
      copy.pdus.putAll(pdus);
      copy.inspections.putAll(inspections);
      copy.reviews.putAll(reviews);
      copy.plans.putAll(plans);
      copy.imports.putAll(imports);
      copy.users.putAll(users);
      copy.tokens.putAll(tokens);
      copy.audit.addAll(audit);
      copy.themeOverrides.putAll(themeOverrides);
      copy.consolidationDecisions.putAll(consolidationDecisions);
      copy.flags.putAll(flags);
      copy.standings.putAll(standings);
      return copy;
    }
  }

  /** A standing as the store keeps it: of which version of the inspection, under which rules. */
  record StoredStanding(String rules, InspectionSummaries.Standing standing) {}

  /** Whether the outermost unit of work under way is a {@link #reading} one. */
  private boolean readOnly;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    synchronized (lock) {
      if (depth > 0) {
        if (readOnly) {
          throw new IllegalStateException("a write inside a read-only unit of work");
        }
        return work.get();
      }
      Tables before = tables.copy();
      depth++;
      try {
        return work.get();
      } catch (RuntimeException | Error failure) {
        tables = before;
        throw failure;
      } finally {
        depth--;
      }
    }
  }

  /**
   * Holds the lock for the whole read, so that it sees no write half done; a write inside it is
   * refused.
   */
  @Override
  public <T> T reading(Supplier<T> work) {
    synchronized (lock) {
      if (depth > 0) {
        return work.get();
      }
      depth++;
      readOnly = true;
      try {
        return work.get();
      } finally {
        readOnly = false;
        depth--;
      }
    }
  }

  <T> T read(java.util.function.Function<Tables, T> query) {
    synchronized (lock) {
      return query.apply(tables);
    }
  }
}
