package org.probationinspections.persistence;

import java.util.Optional;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.ImportLedger;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.SessionRepository;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.persistence.audit.JsonAuditLog;
import org.probationinspections.persistence.jdbc.JdbcDatabase;
import org.probationinspections.persistence.jdbc.JdbcTransactions;
import org.probationinspections.persistence.memory.InMemoryActionPlans;
import org.probationinspections.persistence.memory.InMemoryActionSummaries;
import org.probationinspections.persistence.memory.InMemoryApiTokens;
import org.probationinspections.persistence.memory.InMemoryAuditLog;
import org.probationinspections.persistence.memory.InMemoryConsolidationDecisions;
import org.probationinspections.persistence.memory.InMemoryImportLedger;
import org.probationinspections.persistence.memory.InMemoryInspectionSummaries;
import org.probationinspections.persistence.memory.InMemoryInspections;
import org.probationinspections.persistence.memory.InMemoryPdus;
import org.probationinspections.persistence.memory.InMemoryRegions;
import org.probationinspections.persistence.memory.InMemoryReviews;
import org.probationinspections.persistence.memory.InMemorySessions;
import org.probationinspections.persistence.memory.InMemoryStore;
import org.probationinspections.persistence.memory.InMemoryTextSearch;
import org.probationinspections.persistence.memory.InMemoryThemeOverrides;
import org.probationinspections.persistence.memory.InMemoryUsers;

/**
 * An opened store: every out-port of the application over one location, in memory or in a database
 * whose schema {@link #open} has brought to the latest version.
 */
public final class Store implements AutoCloseable {

  private final StoreLocation location;
  private final Optional<JdbcDatabase> database;
  private final RegionRepository regions;
  private final PduRepository pdus;
  private final InspectionRepository inspections;
  private final ReviewRepository reviews;
  private final ActionPlanRepository actionPlans;
  private final ImportLedger importLedger;
  private final UnitOfWork unitOfWork;
  private final InspectionSummaries inspectionSummaries;
  private final ActionSummaries actionSummaries;
  private final TextSearch textSearch;
  private final UserRepository users;
  private final ApiTokenRepository apiTokens;
  private final JsonAuditLog auditLog;
  private final ThemeOverrideRepository themeOverrides;
  private final ConsolidationDecisionRepository consolidationDecisions;
  private final SessionRepository sessions;

  private Store(StoreLocation location, InMemoryStore memory) {
    this.location = location;
    this.database = Optional.empty();
    this.regions = new InMemoryRegions(memory);
    this.pdus = new InMemoryPdus(memory);
    this.inspections = new InMemoryInspections(memory);
    this.reviews = new InMemoryReviews(memory);
    this.actionPlans = new InMemoryActionPlans(memory);
    this.importLedger = new InMemoryImportLedger(memory);
    this.unitOfWork = memory;
    this.inspectionSummaries = new InMemoryInspectionSummaries(memory);
    this.actionSummaries = new InMemoryActionSummaries(memory);
    this.textSearch = new InMemoryTextSearch(memory);
    this.users = new InMemoryUsers(memory);
    this.apiTokens = new InMemoryApiTokens(memory);
    this.auditLog = new InMemoryAuditLog(memory);
    this.themeOverrides = new InMemoryThemeOverrides(memory);
    this.consolidationDecisions = new InMemoryConsolidationDecisions(memory);
    this.sessions = new InMemorySessions();
  }

  private Store(StoreLocation location, JdbcDatabase database) {
    this.location = location;
    this.database = Optional.of(database);
    this.regions = database.regions();
    this.pdus = database.pdus();
    this.inspections = database.inspections();
    this.reviews = database.reviews();
    this.actionPlans = database.actionPlans();
    this.importLedger = database.importLedger();
    this.unitOfWork = database.transactions();
    this.inspectionSummaries = database.inspectionSummaries();
    this.actionSummaries = database.actionSummaries();
    this.textSearch = database.textSearch();
    this.users = database.users();
    this.apiTokens = database.apiTokens();
    this.auditLog = database.auditLog();
    this.themeOverrides = database.themeOverrides();
    this.consolidationDecisions = database.consolidationDecisions();
    this.sessions = database.sessions();
  }

  /**
   * Opens the location; a database is created if missing and migrated to the latest schema (Flyway
   * runs only when a migration is missing: see {@link JdbcDatabase#migrateWhenBehind}).
   */
  public static Store open(StoreLocation location) {
    if (location.kind() == StoreLocation.Kind.MEMORY) {
      return new Store(location, new InMemoryStore());
    }
    JdbcDatabase database = Databases.connect(location);
    database.migrateWhenBehind();
    return new Store(location, database);
  }

  public StoreLocation location() {
    return location;
  }

  public RegionRepository regions() {
    return regions;
  }

  public PduRepository pdus() {
    return pdus;
  }

  public InspectionRepository inspections() {
    return inspections;
  }

  public ReviewRepository reviews() {
    return reviews;
  }

  public ActionPlanRepository actionPlans() {
    return actionPlans;
  }

  public ImportLedger importLedger() {
    return importLedger;
  }

  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  public UserRepository users() {
    return users;
  }

  public ApiTokenRepository apiTokens() {
    return apiTokens;
  }

  /** The audit log, whose rows as stored a test can also read and write. */
  public JsonAuditLog auditLog() {
    return auditLog;
  }

  public ThemeOverrideRepository themeOverrides() {
    return themeOverrides;
  }

  public ConsolidationDecisionRepository consolidationDecisions() {
    return consolidationDecisions;
  }

  /** Browser sessions: in the database, so that every server on it shares them. */
  public SessionRepository sessions() {
    return sessions;
  }

  public InspectionSummaries inspectionSummaries() {
    return inspectionSummaries;
  }

  public ActionSummaries actionSummaries() {
    return actionSummaries;
  }

  /** Full-text search of recommendations, findings and actions, by the store's own index. */
  public TextSearch textSearch() {
    return textSearch;
  }

  /**
   * Stops any read that runs longer than {@code budget} (see {@link JdbcTransactions#limitReads});
   * the in-memory store has no statements to stop.
   */
  public void limitReads(java.time.Duration budget) {
    database.ifPresent(db -> db.transactions().limitReads(budget));
  }

  /** The database behind the store; empty for the in-memory store. */
  Optional<JdbcDatabase> database() {
    return database;
  }

  /**
   * After a bulk load, lets the database's planner learn the tables' new sizes. PostgreSQL runs
   * ANALYZE: autovacuum would only do so later, and until then the planner, taking the child tables
   * for small, chooses sequential scans. SQLite plans by its indexes without statistics, as it was
   * measured; the in-memory store has no planner.
   */
  public void refreshStatistics() {
    database.ifPresent(JdbcDatabase::refreshStatistics);
  }

  /** Closes the database's connection pool; the in-memory store holds nothing. */
  @Override
  public void close() {
    database.ifPresent(JdbcDatabase::close);
  }
}
