package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.probationinspections.application.port.in.IdentifyUseCase;
import org.probationinspections.application.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.in.SignInUseCase;
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
    return ports(
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
}
