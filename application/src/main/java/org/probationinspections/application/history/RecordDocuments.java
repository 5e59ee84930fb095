package org.probationinspections.application.history;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.application.shared.ReviewDocuments;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.review.RegionalReview;

/**
 * The interchange document of a record as the audit trail keeps it: the document the API shows,
 * without what is worked out from today's date (days overdue), and with the record's version, so
 * that the trail's documents replayed give back the record as it stood and nothing else.
 */
record RecordDocuments(Directory directory, PlanScope scope, InspectionRepository inspections) {

  InspectionDocument of(Inspection inspection) {
    var pdu = directory.pdu(inspection.pduId());
    return InspectionDocuments.document(
        inspection,
        pdu,
        directory.region(pdu.regionId()),
        directory.framework(inspection.frameworkId()));
  }

  RegionalReviewDocument of(RegionalReview review) {
    return ReviewDocuments.document(review, inspections, new Names(directory));
  }

  /** The inspections a plan answers for, read once for its documents before and after a save. */
  List<Inspection> scopeOf(ActionPlan plan) {
    return scope.inspections(plan);
  }

  /** The plan's document at {@code version}, the version its save gave it. */
  ActionPlanDocument of(ActionPlan plan, long version, List<Inspection> scope) {
    Names names = new Names(directory);
    ActionPlanDocument document =
        ActionPlanDocuments.document(
            plan, names.region(plan.regionId()), scope, names, plan.submitted());
    return withoutDaysOverdue(document, version);
  }

  private static ActionPlanDocument withoutDaysOverdue(ActionPlanDocument plan, long version) {
    List<ItemDocument> items =
        plan.items().stream()
            .map(
                item ->
                    new ItemDocument(
                        item.number(),
                        item.answers(),
                        item.response(),
                        item.reason(),
                        item.explanation(),
                        item.actions().stream().map(RecordDocuments::withoutDaysOverdue).toList(),
                        item.followUps()))
            .toList();
    return ActionPlanDocuments.withItems(plan, items, plan.notes(), Optional.of(version));
  }

  private static ActionDocument withoutDaysOverdue(ActionDocument action) {
    return new ActionDocument(
        action.number(),
        action.text(),
        action.owners(),
        action.target(),
        action.status(),
        Optional.empty(),
        action.progress(),
        action.revisions());
  }
}
