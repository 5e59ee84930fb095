package org.probationinspections.application.history;

import static org.probationinspections.application.shared.RecordTypes.*;

import java.util.Optional;
import java.util.function.Supplier;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.application.shared.Forwarding;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.theme.ThemeOverride;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/**
 * Every repository the use cases write through, wrapped so that each save writes its audit entry:
 * the stored state is read first, in the same unit of work, and compared with the saved one — field
 * by field, or, for the records that have one, as their interchange documents. No use case can
 * change a record without leaving an entry, and an entry cannot outlive its change.
 */
final class AuditedRepositories {

  private AuditedRepositories() {}

  record Regions(RegionRepository store, Auditor audit) implements Forwarding.Regions {
    @Override
    public void add(Region region) {
      store.add(region);
      audit.saved(REGION, region.id().value(), Optional.empty(), region);
    }
  }

  record Pdus(PduRepository store, Auditor audit) implements Forwarding.Pdus {
    @Override
    public void save(Pdu pdu) {
      Optional<Pdu> before = store.findById(pdu.id());
      store.save(pdu);
      audit.saved(PDU, pdu.id().value(), before, pdu);
    }

    @Override
    public void add(Pdu pdu) {
      store.add(pdu);
      audit.saved(PDU, pdu.id().value(), Optional.empty(), pdu);
    }
  }

  /**
   * The stored state of a versioned record about to be saved. A record at version 0 was never
   * stored: its save inserts it, or fails if the id is taken, so there is nothing to read first.
   */
  private static <T> Optional<T> storedBefore(long version, Supplier<Optional<T>> stored) {
    return version == 0 ? Optional.empty() : stored.get();
  }

  record Inspections(InspectionRepository store, Auditor audit, RecordDocuments documents)
      implements Forwarding.Inspections {
    @Override
    public long save(Inspection inspection) {
      var documentBefore =
          storedBefore(inspection.version(), () -> store.findById(inspection.id()))
              .map(documents::of);
      long version = store.save(inspection);
      // The document as saved: at the version its save gave it, as the stored one will read.
      audit.savedDocument(
          INSPECTION,
          inspection.id().value(),
          documentBefore,
          documents.of(inspection.atVersion(version)));
      return version;
    }
  }

  record Reviews(ReviewRepository store, Auditor audit, RecordDocuments documents)
      implements Forwarding.Reviews {
    @Override
    public long save(RegionalReview review) {
      var documentBefore =
          storedBefore(review.version(), () -> store.findById(review.id())).map(documents::of);
      long version = store.save(review);
      audit.savedDocument(
          REVIEW, review.id().value(), documentBefore, documents.of(review.atVersion(version)));
      return version;
    }
  }

  record Plans(ActionPlanRepository store, Auditor audit, RecordDocuments documents)
      implements Forwarding.Plans {
    @Override
    public long save(ActionPlan plan) {
      var scope = documents.scopeOf(plan);
      var documentBefore =
          storedBefore(plan.version(), () -> store.findById(plan.id()))
              .map(stored -> documents.of(stored, stored.version(), scope));
      long version = store.save(plan);
      audit.savedDocument(
          ACTION_PLAN, plan.id().value(), documentBefore, documents.of(plan, version, scope));
      return version;
    }
  }

  record Users(UserRepository store, Auditor audit) implements Forwarding.Users {
    @Override
    public long save(User user) {
      Optional<User> before = store.findById(user.id());
      long version = store.save(user);
      audit.saved(USER, user.username(), before, user);
      return version;
    }
  }

  record Tokens(ApiTokenRepository store, Auditor audit) implements Forwarding.Tokens {
    @Override
    public void save(ApiToken token) {
      Optional<ApiToken> before = store.findById(token.id());
      store.save(token);
      audit.saved(API_TOKEN, token.id(), before, token);
    }
  }

  /** A recommendation's id in the trail: its inspection and number. */
  private static String idOf(RecommendationRef recommendation) {
    return recommendation.inspectionId().value() + "#" + recommendation.number();
  }

  record ThemeOverrides(ThemeOverrideRepository store, Auditor audit)
      implements Forwarding.ThemeOverrides {
    @Override
    public void save(ThemeOverride override) {
      Optional<ThemeOverride> before = store.find(override.recommendation());
      store.save(override);
      audit.saved(THEME_OVERRIDE, idOf(override.recommendation()), before, override);
    }

    @Override
    public void remove(RecommendationRef recommendation) {
      Optional<ThemeOverride> before = store.find(recommendation);
      store.remove(recommendation);
      before.ifPresent(removed -> audit.removed(THEME_OVERRIDE, idOf(recommendation), removed));
    }
  }

  /** A flag raised by an import, and its resolution by a person. */
  record Flags(FlagRepository store, Auditor audit) implements Forwarding.Flags {
    @Override
    public void save(Flag flag) {
      Optional<Flag> before = store.findById(flag.id());
      store.save(flag);
      audit.saved(FLAG, flag.id().value(), before, flag);
    }
  }

  record Decisions(ConsolidationDecisionRepository store, Auditor audit)
      implements Forwarding.Decisions {
    @Override
    public void save(ConsolidationDecision decision) {
      Optional<ConsolidationDecision> before =
          store.findByReview(decision.review()).stream()
              .filter(stored -> stored.members().equals(decision.members()))
              .findFirst();
      store.save(decision);
      String group =
          decision.review().value()
              + ":"
              + String.join(
                  ",", decision.members().stream().map(AuditedRepositories::idOf).toList());
      audit.saved(CONSOLIDATION_DECISION, group, before, decision);
    }
  }
}
