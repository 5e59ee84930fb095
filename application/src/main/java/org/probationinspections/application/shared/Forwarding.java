package org.probationinspections.application.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;
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

/**
 * The reads of each repository, handed on to the {@code store()} it wraps. A decorator that acts on
 * saves (the audit trail, the cache of verified tokens) implements one of these and writes only the
 * saves; a method added to a repository fails to compile in every decorator until it is handed on
 * here or there.
 */
public final class Forwarding {

  private Forwarding() {}

  public interface Regions extends RegionRepository {
    RegionRepository store();

    @Override
    default Optional<Region> findById(RegionId id) {
      return store().findById(id);
    }

    @Override
    default Optional<Region> findByName(String name) {
      return store().findByName(name);
    }

    @Override
    default List<Region> findAll() {
      return store().findAll();
    }
  }

  public interface Pdus extends PduRepository {
    PduRepository store();

    @Override
    default Optional<Pdu> findById(PduId id) {
      return store().findById(id);
    }

    @Override
    default Optional<Pdu> findByName(String name) {
      return store().findByName(name);
    }

    @Override
    default List<Pdu> findAll() {
      return store().findAll();
    }

    @Override
    default List<Pdu> findByRegion(RegionId region) {
      return store().findByRegion(region);
    }

    @Override
    default List<Pdu> page(
        Optional<RegionId> region, Optional<PduRepository.PduKey> after, int limit) {
      return store().page(region, after, limit);
    }

    @Override
    default Map<RegionId, Integer> countByRegion() {
      return store().countByRegion();
    }
  }

  public interface Inspections extends InspectionRepository {
    InspectionRepository store();

    @Override
    default Optional<Inspection> findById(InspectionId id) {
      return store().findById(id);
    }

    @Override
    default Optional<Long> versionOf(InspectionId id) {
      return store().versionOf(id);
    }

    @Override
    default List<Inspection> findByPdu(PduId pdu) {
      return store().findByPdu(pdu);
    }

    @Override
    default List<Inspection> findAll() {
      return store().findAll();
    }
  }

  public interface Reviews extends ReviewRepository {
    ReviewRepository store();

    @Override
    default Optional<RegionalReview> findById(ReviewId id) {
      return store().findById(id);
    }

    @Override
    default List<RegionalReview> findByRegion(RegionId region) {
      return store().findByRegion(region);
    }

    @Override
    default List<RegionalReview> findAll() {
      return store().findAll();
    }

    @Override
    default List<RegionalReview> findByIds(List<ReviewId> ids) {
      return store().findByIds(ids);
    }

    @Override
    default List<RegionalReview> page(
        Optional<RegionId> region, Optional<ReviewRepository.ReviewKey> after, int limit) {
      return store().page(region, after, limit);
    }
  }

  public interface Plans extends ActionPlanRepository {
    ActionPlanRepository store();

    @Override
    default Optional<ActionPlan> findById(ActionPlanId id) {
      return store().findById(id);
    }

    @Override
    default List<ActionPlan> findByRegion(RegionId region) {
      return store().findByRegion(region);
    }

    @Override
    default List<ActionPlan> findAll() {
      return store().findAll();
    }

    @Override
    default List<ActionPlan> findByIds(List<ActionPlanId> ids) {
      return store().findByIds(ids);
    }
  }

  public interface Users extends UserRepository {
    UserRepository store();

    @Override
    default Optional<User> findById(UserId id) {
      return store().findById(id);
    }

    @Override
    default Optional<User> findByUsername(String username) {
      return store().findByUsername(username);
    }

    @Override
    default List<User> findAll() {
      return store().findAll();
    }
  }

  public interface Tokens extends ApiTokenRepository {
    ApiTokenRepository store();

    @Override
    default Optional<ApiToken> findById(String id) {
      return store().findById(id);
    }

    @Override
    default Optional<ApiToken> findBySecretHash(String secretHash) {
      return store().findBySecretHash(secretHash);
    }

    @Override
    default List<ApiToken> findByUser(UserId user) {
      return store().findByUser(user);
    }
  }

  public interface ThemeOverrides extends ThemeOverrideRepository {
    ThemeOverrideRepository store();

    @Override
    default Optional<ThemeOverride> find(RecommendationRef recommendation) {
      return store().find(recommendation);
    }

    @Override
    default List<ThemeOverride> findAll() {
      return store().findAll();
    }
  }

  public interface Decisions extends ConsolidationDecisionRepository {
    ConsolidationDecisionRepository store();

    @Override
    default List<ConsolidationDecision> findByReview(ReviewId review) {
      return store().findByReview(review);
    }
  }

  public interface Flags extends FlagRepository {
    FlagRepository store();

    @Override
    default Optional<Flag> findById(FlagId id) {
      return store().findById(id);
    }

    @Override
    default List<Flag> findByRecord(FlaggedRecord record) {
      return store().findByRecord(record);
    }

    @Override
    default List<Flag> findOpen(int limit) {
      return store().findOpen(limit);
    }
  }
}
