package org.probationinspections.application.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.shared.Forwarding;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * What a rebuilt past day is read through: its clock, its records at the versions they had that
 * day, and the audit trail up to its end; none of them can be written.
 */
final class PastDayStores {

  private PastDayStores() {}

  /** The day's clock: its last instant, and the day itself as "today". */
  record FixedClock(Instant now, LocalDate today, Clock zone) implements Clock {
    @Override
    public Instant startOf(LocalDate day) {
      return zone.startOf(day);
    }
  }

  /** The action plans of the rebuilt store, each with the version it had on the day. */
  record VersionsAsRecorded(ActionPlanRepository store, Map<String, ActionPlanDocument> documents)
      implements ActionPlanRepository {

    @Override
    public Optional<ActionPlan> findById(ActionPlanId id) {
      return store.findById(id).map(this::asRecorded);
    }

    @Override
    public List<ActionPlan> findByRegion(RegionId region) {
      return store.findByRegion(region).stream().map(this::asRecorded).toList();
    }

    @Override
    public List<ActionPlan> findAll() {
      return store.findAll().stream().map(this::asRecorded).toList();
    }

    @Override
    public List<ActionPlan> findByIds(List<ActionPlanId> ids) {
      return store.findByIds(ids).stream().map(this::asRecorded).toList();
    }

    @Override
    public long save(ActionPlan plan) {
      throw readOnly();
    }

    private ActionPlan asRecorded(ActionPlan plan) {
      Optional<Long> version =
          Optional.ofNullable(documents.get(plan.id().value()))
              .flatMap(ActionPlanDocument::version);
      if (version.isEmpty()) {
        return plan;
      }
      return plan.atVersion(version.get());
    }
  }

  /** The version a record had on the day, as its recorded document says; none if it says none. */
  private static <D> Optional<Long> recorded(
      Map<String, D> documents, String id, Function<D, Optional<Long>> version) {
    return Optional.ofNullable(documents.get(id)).flatMap(version);
  }

  /** The inspections of the rebuilt store, each with the version it had on the day. */
  record InspectionVersionsAsRecorded(
      InspectionRepository store, Map<String, InspectionDocument> documents)
      implements Forwarding.Inspections {

    @Override
    public Optional<Inspection> findById(InspectionId id) {
      return store.findById(id).map(this::asRecorded);
    }

    @Override
    public Optional<Long> versionOf(InspectionId id) {
      return store
          .versionOf(id)
          .map(v -> recorded(documents, id.value(), InspectionDocument::version).orElse(v));
    }

    @Override
    public List<Inspection> findByPdu(PduId pdu) {
      return store.findByPdu(pdu).stream().map(this::asRecorded).toList();
    }

    @Override
    public List<Inspection> findAll() {
      return store.findAll().stream().map(this::asRecorded).toList();
    }

    @Override
    public long save(Inspection inspection) {
      throw readOnly();
    }

    private Inspection asRecorded(Inspection inspection) {
      return recorded(documents, inspection.id().value(), InspectionDocument::version)
          .map(inspection::atVersion)
          .orElse(inspection);
    }
  }

  /** The regional letters of the rebuilt store, each with the version it had on the day. */
  record ReviewVersionsAsRecorded(
      ReviewRepository store, Map<String, RegionalReviewDocument> documents)
      implements Forwarding.Reviews {

    @Override
    public Optional<RegionalReview> findById(ReviewId id) {
      return store.findById(id).map(this::asRecorded);
    }

    @Override
    public List<RegionalReview> findByRegion(RegionId region) {
      return store.findByRegion(region).stream().map(this::asRecorded).toList();
    }

    @Override
    public List<RegionalReview> findAll() {
      return store.findAll().stream().map(this::asRecorded).toList();
    }

    @Override
    public List<RegionalReview> findByIds(List<ReviewId> ids) {
      return store.findByIds(ids).stream().map(this::asRecorded).toList();
    }

    @Override
    public List<RegionalReview> page(
        Optional<RegionId> region, Optional<ReviewRepository.ReviewKey> after, int limit) {
      return store.page(region, after, limit).stream().map(this::asRecorded).toList();
    }

    @Override
    public long save(RegionalReview review) {
      throw readOnly();
    }

    private RegionalReview asRecorded(RegionalReview review) {
      return recorded(documents, review.id().value(), RegionalReviewDocument::version)
          .map(review::atVersion)
          .orElse(review);
    }
  }

  /** The audit trail up to the day; nothing can be written to it from a view of the past. */
  record TrailUntil(AuditLog trail, Instant until) implements AuditLog {
    @Override
    public void record(Change change) {
      throw readOnly();
    }

    @Override
    public List<Entry> find(Query query) {
      return trail.find(query).stream().filter(e -> e.at().isBefore(until)).toList();
    }

    @Override
    public long lastSequence() {
      return trail.lastSequence();
    }

    @Override
    public Replayed replay(Set<String> recordTypes, Instant before) {
      return trail.replay(recordTypes, before.isBefore(until) ? before : until);
    }

    @Override
    public Replayed replay(Map<String, Set<String>> records, Instant before) {
      return trail.replay(records, before.isBefore(until) ? before : until);
    }

    @Override
    public long createdBefore(Set<String> recordTypes, Instant before) {
      return trail.createdBefore(recordTypes, before.isBefore(until) ? before : until);
    }
  }

  private static InvalidValueException readOnly() {
    return new InvalidValueException(
        "asOf", "a view of the records as at a past date cannot be changed");
  }
}
