package org.probationinspections.application.service;

import org.probationinspections.application.port.in.AddActionUseCase;
import org.probationinspections.application.port.in.AddPduAliasUseCase;
import org.probationinspections.application.port.in.AddRecommendationUseCase;
import org.probationinspections.application.port.in.AddUserUseCase;
import org.probationinspections.application.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.port.in.DashboardUseCase;
import org.probationinspections.application.port.in.DisableUserUseCase;
import org.probationinspections.application.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.port.in.GetActionPlanUseCase;
import org.probationinspections.application.port.in.GetInspectionUseCase;
import org.probationinspections.application.port.in.GetRegionalReviewUseCase;
import org.probationinspections.application.port.in.IdentifyUseCase;
import org.probationinspections.application.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.port.in.ImportInspectionUseCase;
import org.probationinspections.application.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.port.in.JudgeStandardUseCase;
import org.probationinspections.application.port.in.ListActionPlansUseCase;
import org.probationinspections.application.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.ListOverdueActionsUseCase;
import org.probationinspections.application.port.in.ListPdusUseCase;
import org.probationinspections.application.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.port.in.ListRegionsUseCase;
import org.probationinspections.application.port.in.ListUsersUseCase;
import org.probationinspections.application.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.port.in.RecordInspectionUseCase;
import org.probationinspections.application.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.port.in.RegisterPduUseCase;
import org.probationinspections.application.port.in.RegisterRegionUseCase;
import org.probationinspections.application.port.in.ResetPasswordUseCase;
import org.probationinspections.application.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.port.in.RetargetActionUseCase;
import org.probationinspections.application.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.port.in.SignInUseCase;
import org.probationinspections.application.port.in.UpdateActionProgressUseCase;

/**
 * Builds each use case from the ports. The composition root asks it for the use cases it wires; the
 * helpers the services share (lookups, editors, plan scope) stay inside this package.
 */
public final class Services {

  private final Ports ports;
  private final Directory directory;
  private final InspectionEditor inspectionEditor;
  private final PlanEditor planEditor;
  private final PlanScope planScope;
  private final UnitRegistrar registrar;

  private final SecurityPorts security;
  private final Ports unwrappedPorts;
  private final SecurityPorts unwrappedSecurity;
  private final Auditor auditor;
  private final VerifiedTokens verifiedTokens;

  /**
   * Every repository is wrapped so that each save writes its audit entry (see {@link
   * AuditedRepositories}), in the same unit of work. The users' and tokens' stores and the unit of
   * work are also watched by the cache of verified API tokens, which each change to an account
   * empties (see {@link VerifiedTokens}).
   */
  public Services(Ports ports, SecurityPorts security) {
    this.unwrappedPorts = ports;
    this.unwrappedSecurity = security;
    this.auditor = new Auditor(security.audit(), security.actor(), ports.clock());
    this.verifiedTokens = new VerifiedTokens(ports.clock());
    Directory stored = new Directory(ports.regions(), ports.pdus(), ports.frameworks());
    RecordDocuments documents =
        new RecordDocuments(
            stored,
            new PlanScope(ports.reviews(), ports.inspections(), stored),
            ports.inspections());
    this.ports =
        new Ports(
            new AuditedRepositories.Regions(ports.regions(), auditor),
            new AuditedRepositories.Pdus(ports.pdus(), auditor),
            new AuditedRepositories.Inspections(ports.inspections(), auditor, documents),
            new AuditedRepositories.Reviews(ports.reviews(), auditor, documents),
            new AuditedRepositories.Plans(ports.plans(), auditor, documents),
            ports.frameworks(),
            ports.ledger(),
            verifiedTokens.watching(ports.unitOfWork()),
            ports.clock(),
            ports.inspectionSummaries(),
            ports.actionSummaries());
    this.security =
        new SecurityPorts(
            new AuditedRepositories.Users(verifiedTokens.watching(security.users()), auditor),
            new AuditedRepositories.Tokens(verifiedTokens.watching(security.tokens()), auditor),
            security.audit(),
            security.passwords(),
            security.actor());
    this.directory = new Directory(this.ports.regions(), this.ports.pdus(), ports.frameworks());
    this.inspectionEditor =
        new InspectionEditor(this.ports.inspections(), directory, ports.unitOfWork());
    this.planEditor =
        new PlanEditor(this.ports.plans(), ports.unitOfWork(), security.actor(), security.audit());
    this.planScope = new PlanScope(this.ports.reviews(), this.ports.inspections(), directory);
    this.registrar = new UnitRegistrar(directory);
  }

  public RegisterRegionUseCase registerRegion() {
    return new RegisterRegionService(ports.regions(), ports.unitOfWork());
  }

  public RegisterPduUseCase registerPdu() {
    return new RegisterPduService(directory, ports.unitOfWork());
  }

  public AddPduAliasUseCase addPduAlias() {
    return new AddPduAliasService(directory, ports.unitOfWork());
  }

  public RecordInspectionUseCase recordInspection() {
    return new RecordInspectionService(ports.inspections(), directory, ports.unitOfWork());
  }

  public RecordKeyQuestionResultsUseCase recordKeyQuestionResults() {
    return new RecordKeyQuestionResultsService(inspectionEditor);
  }

  public JudgeStandardUseCase judgeStandard() {
    return new JudgeStandardService(inspectionEditor);
  }

  public AddRecommendationUseCase addRecommendation() {
    return new AddRecommendationService(inspectionEditor, directory);
  }

  public PublishRegionalReviewUseCase publishRegionalReview() {
    return new PublishRegionalReviewService(
        ports.reviews(), ports.inspections(), directory, ports.unitOfWork());
  }

  public DraftActionPlanUseCase draftActionPlan() {
    return new DraftActionPlanService(
        ports.plans(), ports.reviews(), directory, ports.unitOfWork(), security.actor());
  }

  public RespondToRecommendationUseCase respondToRecommendation() {
    return new RespondToRecommendationService(planEditor, planScope);
  }

  public AddActionUseCase addAction() {
    return new AddActionService(planEditor);
  }

  public UpdateActionProgressUseCase updateActionProgress() {
    return new UpdateActionProgressService(planEditor, ports.clock());
  }

  public JudgeFollowUpUseCase judgeFollowUp() {
    return new JudgeFollowUpService(planEditor, ports.clock());
  }

  public RetargetActionUseCase retargetAction() {
    return new RetargetActionService(planEditor, ports.clock());
  }

  public GetInspectionUseCase getInspection() {
    return new GetInspectionService(ports.inspections(), directory, ports.unitOfWork());
  }

  public ListInspectionsUseCase listInspections() {
    return new ListInspectionsService(ports.inspectionSummaries(), directory);
  }

  public ListRegionsUseCase listRegions() {
    return new ListRegionsService(ports.regions(), ports.pdus());
  }

  public ListPdusUseCase listPdus() {
    return new ListPdusService(directory);
  }

  public ListOverdueActionsUseCase listOverdueActions() {
    return new ListOverdueActionsService(
        ports.actionSummaries(), directory, ports.clock(), ports.unitOfWork());
  }

  public ListActionPlansUseCase listActionPlans() {
    return new ListActionPlansService(ports.plans(), planScope, directory, ports.clock());
  }

  public GetActionPlanUseCase getActionPlan() {
    return new GetActionPlanService(ports.plans(), planScope, directory, ports.clock());
  }

  public ListRegionalReviewsUseCase listRegionalReviews() {
    return new ListRegionalReviewsService(ports.reviews(), ports.inspections(), directory);
  }

  public GetRegionalReviewUseCase getRegionalReview() {
    return new GetRegionalReviewService(ports.reviews(), ports.inspections(), directory);
  }

  public ExportInspectionsUseCase exportInspections() {
    return new ExportInspectionsService(ports.inspections(), directory);
  }

  public ExportActionPlansUseCase exportActionPlans() {
    return new ExportActionPlansService(ports.plans(), planScope, directory, ports.clock());
  }

  public DashboardUseCase dashboard() {
    return new DashboardService(
        ports.inspectionSummaries(),
        ports.actionSummaries(),
        ports.frameworks(),
        directory,
        ports.clock(),
        ports.unitOfWork());
  }

  public ImportInspectionUseCase importInspection() {
    return new ImportInspectionService(
        ports.inspections(), registrar, directory, ports.unitOfWork());
  }

  public ImportActionPlanUseCase importActionPlan() {
    return new ImportActionPlanService(
        ports.plans(),
        ports.reviews(),
        planScope,
        registrar,
        directory,
        ports.unitOfWork(),
        ports.clock());
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
        ports.clock());
  }

  /** The demo dataset generator, storing each region in one transaction. */
  /**
   * The demo dataset's generator. Its records are written as if on the dates of their letters, so
   * that the audit trail holds a history to view as at any date: the use cases it imports through
   * see a clock set to each region's letter in turn.
   */
  public DemoData demoData() {
    HistoryClock dated = new HistoryClock(ports.clock());
    Ports unwrapped = unwrappedPorts;
    Services then =
        new Services(
            new Ports(
                unwrapped.regions(),
                unwrapped.pdus(),
                unwrapped.inspections(),
                unwrapped.reviews(),
                unwrapped.plans(),
                unwrapped.frameworks(),
                unwrapped.ledger(),
                unwrapped.unitOfWork(),
                dated,
                unwrapped.inspectionSummaries(),
                unwrapped.actionSummaries()),
            unwrappedSecurity);
    return new DemoData(
        then.importInspection(),
        then.importRegionalReview(),
        then.importActionPlan(),
        ports.unitOfWork(),
        dated::setDay);
  }

  public ImportRegionalReviewUseCase importRegionalReview() {
    return new ImportRegionalReviewService(
        ports.reviews(), ports.inspections(), importInspection(), registrar, ports.unitOfWork());
  }

  // accounts and the audit trail

  private Accounts accounts() {
    return new Accounts(
        security.users(), security.tokens(), security.passwords(), security.actor(), directory);
  }

  public SignInUseCase signIn() {
    return new SignInService(
        security.users(), security.passwords(), ports.unitOfWork(), ports.clock());
  }

  public IdentifyUseCase identify() {
    return new IdentifyService(security.users(), security.tokens(), verifiedTokens);
  }

  public AddUserUseCase addUser() {
    return new AddUserService(accounts(), ports.unitOfWork());
  }

  public ListUsersUseCase listUsers() {
    return new ListUsersService(accounts());
  }

  public DisableUserUseCase disableUser() {
    return new DisableUserService(accounts(), ports.unitOfWork());
  }

  public ResetPasswordUseCase resetPassword() {
    return new ResetPasswordService(accounts(), ports.unitOfWork());
  }

  public CreateApiTokenUseCase createApiToken() {
    return new CreateApiTokenService(accounts(), ports.unitOfWork(), ports.clock());
  }

  public RevokeApiTokenUseCase revokeApiToken() {
    return new RevokeApiTokenService(accounts(), ports.unitOfWork(), ports.clock());
  }

  public EnsureAdministratorUseCase ensureAdministrator() {
    return new EnsureAdministratorService(accounts(), ports.unitOfWork());
  }

  public ListAuditTrailUseCase listAuditTrail() {
    return new ListAuditTrailService(security.audit(), security.actor());
  }
}
