package org.probationinspections.application.importing;

import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportDocumentsUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.importing.port.out.DocumentText;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.application.shared.Ports;

/** Builds the import use cases from the ports. */
public final class ImportServices {

  private final Ports ports;
  private final Directory directory;
  private final UnitRegistrar registrar;
  private final DocumentText documentText;

  /** Over ports that read every published document as text. */
  public ImportServices(Ports ports) {
    this(ports, DocumentText.plainText());
  }

  /** Over ports that read PDF files and saved web pages through {@code documentText}. */
  public ImportServices(Ports ports, DocumentText documentText) {
    this.ports = ports;
    this.documentText = documentText;
    this.directory = Directory.of(ports);
    this.registrar = new UnitRegistrar(directory);
  }

  public ImportInspectionUseCase importInspection() {
    return new ImportInspectionService(
        ports.inspections(), registrar, directory, ports.unitOfWork());
  }

  public ImportRegionalReviewUseCase importRegionalReview() {
    return new ImportRegionalReviewService(
        ports.reviews(),
        ports.inspections(),
        importInspection(),
        registrar,
        directory,
        ports.unitOfWork());
  }

  public ImportActionPlanUseCase importActionPlan() {
    return new ImportActionPlanService(
        ports.plans(),
        ports.reviews(),
        new PlanScope(ports.reviews(), ports.inspections(), directory),
        registrar,
        directory,
        ports.unitOfWork(),
        ports.clock());
  }

  public ImportDocumentsUseCase importDocuments() {
    return new ImportDocumentsService(
        importInspection(), importRegionalReview(), importActionPlan(), ports.unitOfWork());
  }

  public ImportPublishedDocumentUseCase importPublishedDocument() {
    return new ImportPublishedDocumentService(
        importInspection(),
        importRegionalReview(),
        importActionPlan(),
        ports.inspections(),
        ports.reviews(),
        ports.ledger(),
        directory,
        ports.unitOfWork(),
        ports.clock(),
        documentText);
  }
}
