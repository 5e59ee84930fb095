package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.probationinspections.application.port.in.AddActionUseCase;
import org.probationinspections.application.port.in.AddPduAliasUseCase;
import org.probationinspections.application.port.in.AddRecommendationUseCase;
import org.probationinspections.application.port.in.DashboardUseCase;
import org.probationinspections.application.port.in.DraftActionPlanUseCase;
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
import org.probationinspections.application.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.port.in.RecordInspectionUseCase;
import org.probationinspections.application.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.port.in.RegisterPduUseCase;
import org.probationinspections.application.port.in.RegisterRegionUseCase;
import org.probationinspections.application.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.port.in.RetargetActionUseCase;
import org.probationinspections.application.port.in.SignInUseCase;
import org.probationinspections.application.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.ImportLedger;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.PasswordHasher;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.application.service.AsAtServices;
import org.probationinspections.application.service.Ports;
import org.probationinspections.application.service.SecurityPorts;
import org.probationinspections.application.service.Services;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.framework.JsonFrameworkCatalog;

/**
 * Wires the use cases to the ports: the frameworks (shipped, plus any directory given), the system
 * clock, and every use case built by {@link Services}.
 */
@Module
public final class ApplicationModule {

  private final List<Path> frameworkDirectories;

  public ApplicationModule(List<Path> frameworkDirectories) {
    this.frameworkDirectories = List.copyOf(frameworkDirectories);
  }

  @Provides
  @Singleton
  FrameworkCatalog frameworks() {
    return JsonFrameworkCatalog.load(frameworkDirectories);
  }

  @Provides
  @Singleton
  static Clock clock() {
    return new SystemClock();
  }

  @Provides
  @Singleton
  static Ports ports(
      RegionRepository regions,
      PduRepository pdus,
      InspectionRepository inspections,
      ReviewRepository reviews,
      ActionPlanRepository plans,
      FrameworkCatalog frameworks,
      ImportLedger ledger,
      UnitOfWork unitOfWork,
      Clock clock,
      InspectionSummaries inspectionSummaries,
      ActionSummaries actionSummaries) {
    return new Ports(
        regions,
        pdus,
        inspections,
        reviews,
        plans,
        frameworks,
        ledger,
        unitOfWork,
        clock,
        inspectionSummaries,
        actionSummaries);
  }

  @Provides
  @Singleton
  static Services services(
      Ports ports,
      UserRepository users,
      ApiTokenRepository tokens,
      AuditLog audit,
      PasswordHasher passwords,
      CurrentActor actor) {
    return new Services(ports, new SecurityPorts(users, tokens, audit, passwords, actor));
  }

  /**
   * The records as at a past date, rebuilt from the audit trail into an in-memory store made for
   * the day; the frameworks are today's.
   */
  @Provides
  @Singleton
  static AsAtServices asAtServices(
      Ports ports,
      UserRepository users,
      ApiTokenRepository tokens,
      AuditLog audit,
      PasswordHasher passwords,
      CurrentActor actor) {
    return new AsAtServices(
        ports,
        new SecurityPorts(users, tokens, audit, passwords, actor),
        dayClock -> scratchPorts(ports.frameworks(), dayClock));
  }

  private static Ports scratchPorts(FrameworkCatalog frameworks, Clock clock) {
    Store store = Store.open(StoreLocation.memory());
    return new Ports(
        store.regions(),
        store.pdus(),
        store.inspections(),
        store.reviews(),
        store.actionPlans(),
        frameworks,
        store.importLedger(),
        store.unitOfWork(),
        clock,
        store.inspectionSummaries(),
        store.actionSummaries());
  }

  @Provides
  static SignInUseCase signIn(Services services) {
    return services.signIn();
  }

  @Provides
  static ListAuditTrailUseCase listAuditTrail(Services services) {
    return services.listAuditTrail();
  }

  @Provides
  static IdentifyUseCase identify(Services services) {
    return services.identify();
  }

  @Provides
  static RegisterRegionUseCase registerRegion(Services services) {
    return services.registerRegion();
  }

  @Provides
  static RegisterPduUseCase registerPdu(Services services) {
    return services.registerPdu();
  }

  @Provides
  static AddPduAliasUseCase addPduAlias(Services services) {
    return services.addPduAlias();
  }

  @Provides
  static RecordInspectionUseCase recordInspection(Services services) {
    return services.recordInspection();
  }

  @Provides
  static RecordKeyQuestionResultsUseCase recordKeyQuestionResults(Services services) {
    return services.recordKeyQuestionResults();
  }

  @Provides
  static JudgeStandardUseCase judgeStandard(Services services) {
    return services.judgeStandard();
  }

  @Provides
  static AddRecommendationUseCase addRecommendation(Services services) {
    return services.addRecommendation();
  }

  @Provides
  static PublishRegionalReviewUseCase publishRegionalReview(Services services) {
    return services.publishRegionalReview();
  }

  @Provides
  static DraftActionPlanUseCase draftActionPlan(Services services) {
    return services.draftActionPlan();
  }

  @Provides
  static RespondToRecommendationUseCase respondToRecommendation(Services services) {
    return services.respondToRecommendation();
  }

  @Provides
  static AddActionUseCase addAction(Services services) {
    return services.addAction();
  }

  @Provides
  static UpdateActionProgressUseCase updateActionProgress(Services services) {
    return services.updateActionProgress();
  }

  @Provides
  static JudgeFollowUpUseCase judgeFollowUp(Services services) {
    return services.judgeFollowUp();
  }

  @Provides
  static RetargetActionUseCase retargetAction(Services services) {
    return services.retargetAction();
  }

  @Provides
  static GetInspectionUseCase getInspection(Services services) {
    return services.getInspection();
  }

  @Provides
  static ListInspectionsUseCase listInspections(Services services) {
    return services.listInspections();
  }

  @Provides
  static ListRegionsUseCase listRegions(Services services) {
    return services.listRegions();
  }

  @Provides
  static ListPdusUseCase listPdus(Services services) {
    return services.listPdus();
  }

  @Provides
  static ListOverdueActionsUseCase listOverdueActions(Services services) {
    return services.listOverdueActions();
  }

  @Provides
  static ListActionPlansUseCase listActionPlans(Services services) {
    return services.listActionPlans();
  }

  @Provides
  static GetActionPlanUseCase getActionPlan(Services services) {
    return services.getActionPlan();
  }

  @Provides
  static ListRegionalReviewsUseCase listRegionalReviews(Services services) {
    return services.listRegionalReviews();
  }

  @Provides
  static GetRegionalReviewUseCase getRegionalReview(Services services) {
    return services.getRegionalReview();
  }

  @Provides
  static ExportInspectionsUseCase exportInspections(Services services) {
    return services.exportInspections();
  }

  @Provides
  static ExportActionPlansUseCase exportActionPlans(Services services) {
    return services.exportActionPlans();
  }

  @Provides
  static DashboardUseCase dashboard(Services services) {
    return services.dashboard();
  }

  @Provides
  static ImportInspectionUseCase importInspection(Services services) {
    return services.importInspection();
  }

  @Provides
  static ImportPublishedDocumentUseCase importPublishedDocument(Services services) {
    return services.importPublishedDocument();
  }

  @Provides
  static ImportRegionalReviewUseCase importRegionalReview(Services services) {
    return services.importRegionalReview();
  }

  @Provides
  static ImportActionPlanUseCase importActionPlan(Services services) {
    return services.importActionPlan();
  }
}
