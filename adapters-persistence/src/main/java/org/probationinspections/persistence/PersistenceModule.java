package org.probationinspections.persistence;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.application.port.out.ImportLedger;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.PasswordHasher;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.SessionRepository;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.persistence.crypto.Argon2PasswordHasher;

/** Provides every persistence out-port from one store, opened once at the given location. */
@Module
public final class PersistenceModule {

  private final StoreLocation location;

  public PersistenceModule(StoreLocation location) {
    this.location = location;
  }

  @Provides
  @Singleton
  public Store store() {
    return Store.open(location);
  }

  @Provides
  @Singleton
  public RegionRepository regions(Store store) {
    return store.regions();
  }

  @Provides
  @Singleton
  public PduRepository pdus(Store store) {
    return store.pdus();
  }

  @Provides
  @Singleton
  public InspectionRepository inspections(Store store) {
    return store.inspections();
  }

  @Provides
  @Singleton
  public ReviewRepository reviews(Store store) {
    return store.reviews();
  }

  @Provides
  @Singleton
  public ActionPlanRepository actionPlans(Store store) {
    return store.actionPlans();
  }

  @Provides
  @Singleton
  public ImportLedger importLedger(Store store) {
    return store.importLedger();
  }

  @Provides
  @Singleton
  public ThemeOverrideRepository themeOverrides(Store store) {
    return store.themeOverrides();
  }

  @Provides
  @Singleton
  public ConsolidationDecisionRepository consolidationDecisions(Store store) {
    return store.consolidationDecisions();
  }

  @Provides
  @Singleton
  public FlagRepository flags(Store store) {
    return store.flags();
  }

  @Provides
  @Singleton
  public SessionRepository sessions(Store store) {
    return store.sessions();
  }

  @Provides
  @Singleton
  public UnitOfWork unitOfWork(Store store) {
    return store.unitOfWork();
  }

  @Provides
  @Singleton
  public UserRepository users(Store store) {
    return store.users();
  }

  @Provides
  @Singleton
  public InspectionSummaries inspectionSummaries(Store store) {
    return store.inspectionSummaries();
  }

  @Provides
  @Singleton
  public ApiTokenRepository apiTokens(Store store) {
    return store.apiTokens();
  }

  @Provides
  @Singleton
  public AuditLog auditLog(Store store) {
    return store.auditLog();
  }

  @Provides
  @Singleton
  public PasswordHasher passwordHasher() {
    return new Argon2PasswordHasher();
  }

  @Provides
  @Singleton
  public ActionSummaries actionSummaries(Store store) {
    return store.actionSummaries();
  }

  @Provides
  @Singleton
  public TextSearch textSearch(Store store) {
    return store.textSearch();
  }
}
