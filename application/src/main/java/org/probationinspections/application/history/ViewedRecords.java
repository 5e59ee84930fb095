package org.probationinspections.application.history;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.probationinspections.application.history.AsAtServices.Scope;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.RecordTypes;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.RegionId;

/** The records a past day's view of one record reads ({@link AsAtServices.Scope}). */
final class ViewedRecords {

  private ViewedRecords() {}

  /**
   * The records a view of one record reads, by record type, as today's records name them (the
   * records a record refers to do not change): the record, those it is read with, their PDUs and
   * regions.
   */
  static Map<String, Set<String>> of(Ports live, Scope scope) {
    String type = scope.recordType().orElseThrow();
    String id = scope.recordId().orElseThrow();
    Map<String, Set<String>> records = new LinkedHashMap<>();
    Set<InspectionId> inspections = new LinkedHashSet<>();
    Set<RegionId> regions = new LinkedHashSet<>();
    add(records, type, id);
    switch (type) {
      case RecordTypes.INSPECTION -> inspections.add(new InspectionId(id));
      case RecordTypes.REVIEW ->
          live.reviews()
              .findById(new ReviewId(id))
              .ifPresent(
                  review -> {
                    regions.add(review.regionId());
                    inspections.addAll(review.inspections());
                  });
      default ->
          live.plans()
              .findById(new ActionPlanId(id))
              .ifPresent(plan -> addAnswered(live, plan, records, inspections, regions));
    }
    for (InspectionId inspection : inspections) {
      add(records, RecordTypes.INSPECTION, inspection.value());
      live.inspections()
          .findById(inspection)
          .flatMap(found -> live.pdus().findById(found.pduId()))
          .ifPresent(
              pdu -> {
                add(records, RecordTypes.PDU, pdu.id().value());
                regions.add(pdu.regionId());
              });
    }
    regions.forEach(region -> add(records, RecordTypes.REGION, region.value()));
    return records;
  }

  /** What a plan answers ({@link org.probationinspections.application.shared.PlanScope}). */
  private static void addAnswered(
      Ports live,
      ActionPlan plan,
      Map<String, Set<String>> records,
      Set<InspectionId> inspections,
      Set<RegionId> regions) {
    regions.add(plan.regionId());
    plan.inspectionId().ifPresent(inspections::add);
    plan.reviewId()
        .flatMap(live.reviews()::findById)
        .ifPresent(
            review -> {
              add(records, RecordTypes.REVIEW, review.id().value());
              inspections.addAll(review.inspections());
            });
    if (plan.inspectionId().isEmpty() && plan.reviewId().isEmpty()) {
      // A plan that names neither answers the latest inspection of each unit of its region.
      for (Pdu pdu : live.pdus().findByRegion(plan.regionId())) {
        live.inspections().findByPdu(pdu.id()).forEach(i -> inspections.add(i.id()));
      }
    }
  }

  private static void add(Map<String, Set<String>> records, String type, String id) {
    records.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(id);
  }
}
