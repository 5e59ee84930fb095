package org.probationinspections.application.importing;

import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.importing.port.in.RehearseImportsUseCase;
import org.probationinspections.application.importing.port.out.DocumentText;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.application.shared.Ports;

/** Builds the import use cases from the ports. */
public record ImportServices(Ports ports, DocumentText documentText) {

  /** Over ports that read every published document as text. */
  public ImportServices(Ports ports) {
    this(ports, DocumentText.plainText());
  }

  private Directory directory() {
    return Directory.of(ports);
  }

  private UnitRegistrar registrar() {
    return new UnitRegistrar(directory());
  }

  public ImportInspectionUseCase importInspection() {
    var service =
        new ImportInspectionService(
            ports.inspections(), registrar(), directory(), ports.flags(), ports.clock());
    return (document, onConflict) ->
        ports.unitOfWork().inTransaction(() -> service.importInspection(document, onConflict));
  }

  public ImportRegionalReviewUseCase importRegionalReview() {
    var service =
        new ImportRegionalReviewService(
            ports.reviews(), ports.inspections(), importInspection(), registrar(), directory());
    return (document, onConflict) ->
        ports.unitOfWork().inTransaction(() -> service.importReview(document, onConflict));
  }

  public ImportActionPlanUseCase importActionPlan() {
    var service =
        new ImportActionPlanService(
            ports.plans(),
            ports.reviews(),
            new PlanScope(ports.reviews(), ports.inspections(), directory()),
            registrar(),
            directory(),
            ports.clock());
    return (document, onConflict) ->
        ports.unitOfWork().inTransaction(() -> service.importPlan(document, onConflict));
  }

  public ImportDocumentsUseCase importDocuments() {
    return new ImportDocumentsService(
        importInspection(), importRegionalReview(), importActionPlan(), ports.unitOfWork());
  }

  public RehearseImportsUseCase rehearseImports() {
    return new RehearseImportsService(ports.unitOfWork());
  }

  public ImportPublishedOutcomesUseCase importPublishedOutcomes() {
    return new ImportPublishedOutcomesService(
        importInspection(), ports.inspections(), directory(), ports.unitOfWork());
  }

  public ImportPublishedDocumentUseCase importPublishedDocument() {
    return new ImportPublishedDocumentService(
        importInspection(),
        importRegionalReview(),
        importActionPlan(),
        ports.inspections(),
        ports.reviews(),
        ports.ledger(),
        directory(),
        ports.unitOfWork(),
        ports.clock(),
        documentText,
        ports.flags());
  }
}
