package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.List;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.DryRun;

/** Stores one export's documents in one transaction, in the order their references need. */
record ImportDocumentsService(
    ImportInspectionUseCase inspections,
    ImportRegionalReviewUseCase reviews,
    ImportActionPlanUseCase plans,
    UnitOfWork unitOfWork)
    implements ImportDocumentsUseCase {

  @Override
  public List<ImportOutcome> importAll(Command command) {
    return DryRun.each(unitOfWork, command.dryRun(), () -> store(command), ImportOutcome::asDryRun);
  }

  private List<ImportOutcome> store(Command command) {
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (InspectionDocument document : command.inspections()) {
      outcomes.add(inspections.importInspection(document, command.onConflict()));
    }
    for (RegionalReviewDocument document : command.reviews()) {
      outcomes.add(reviews.importReview(document, command.onConflict()));
    }
    for (ActionPlanDocument document : command.plans()) {
      outcomes.add(plans.importPlan(document, command.onConflict()));
    }
    return outcomes;
  }
}
