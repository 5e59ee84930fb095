package org.probationinspections.persistence;

import java.util.Optional;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.FlagRepository;
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
import org.probationinspections.persistence.memory.InMemoryFlags;
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
  private final Ports ports;

  /** Every out-port, over the one store. */
  private record Ports(
      RegionRepository regions,
      PduRepository pdus,
      InspectionRepository inspections,
      ReviewRepository reviews,
      ActionPlanRepository actionPlans,
      ImportLedger importLedger,
      UnitOfWork unitOfWork,
      InspectionSummaries inspectionSummaries,
      ActionSummaries actionSummaries,
      TextSearch textSearch,
      UserRepository users,
      ApiTokenRepository apiTokens,
      JsonAuditLog auditLog,
      ThemeOverrideRepository themeOverrides,
      ConsolidationDecisionRepository consolidationDecisions,
      SessionRepository sessions,
      FlagRepository flags) {

    static Ports inMemory(InMemoryStore memory) {
      return new Ports(
          new InMemoryRegions(memory),
          new InMemoryPdus(memory),
          new InMemoryInspections(memory),
          new InMemoryReviews(memory),
          new InMemoryActionPlans(memory),
          new InMemoryImportLedger(memory),
          memory,
          new InMemoryInspectionSummaries(memory),
          new InMemoryActionSummaries(memory),
          new InMemoryTextSearch(memory),
          new InMemoryUsers(memory),
          new InMemoryApiTokens(memory),
          new InMemoryAuditLog(memory),
          new InMemoryThemeOverrides(memory),
          new InMemoryConsolidationDecisions(memory),
          new InMemorySessions(),
          new InMemoryFlags(memory));
    }

    static Ports over(JdbcDatabase database) {
      return new Ports(
          database.regions(),
          database.pdus(),
          database.inspections(),
          database.reviews(),
          database.actionPlans(),
          database.importLedger(),
          database.transactions(),
          database.inspectionSummaries(),
          database.actionSummaries(),
          database.textSearch(),
          database.users(),
          database.apiTokens(),
          database.auditLog(),
          database.themeOverrides(),
          database.consolidationDecisions(),
          database.sessions(),
          database.flags());
    }
  }

  private Store(StoreLocation location, Optional<JdbcDatabase> database, Ports ports) {
    this.location = location;
    this.database = database;
    this.ports = ports;
  }

  /**
   * Opens the location; a database is created if missing and migrated to the latest schema (Flyway
   * runs only when a migration is missing: see {@link JdbcDatabase#migrateWhenBehind}).
   */
  public static Store open(StoreLocation location) {
    if (location.kind() == StoreLocation.Kind.MEMORY) {
      return new Store(location, Optional.empty(), Ports.inMemory(new InMemoryStore()));
    }
    JdbcDatabase database = Databases.connect(location);
    database.migrateWhenBehind();
    return new Store(location, Optional.of(database), Ports.over(database));
  }

  public StoreLocation location() {
    return location;
  }

  public RegionRepository regions() {
    return ports.regions();
  }

  public PduRepository pdus() {
    return ports.pdus();
  }

  public InspectionRepository inspections() {
    return ports.inspections();
  }

  public ReviewRepository reviews() {
    return ports.reviews();
  }

  public ActionPlanRepository actionPlans() {
    return ports.actionPlans();
  }

  public ImportLedger importLedger() {
    return ports.importLedger();
  }

  public UnitOfWork unitOfWork() {
    return ports.unitOfWork();
  }

  public UserRepository users() {
    return ports.users();
  }

  public ApiTokenRepository apiTokens() {
    return ports.apiTokens();
  }

  /** The audit log, whose rows as stored a test can also read and write. */
  public JsonAuditLog auditLog() {
    return ports.auditLog();
  }

  public ThemeOverrideRepository themeOverrides() {
    return ports.themeOverrides();
  }

  public ConsolidationDecisionRepository consolidationDecisions() {
    return ports.consolidationDecisions();
  }

  /** The flags imports raised on records, for a person to confirm or correct. */
  public FlagRepository flags() {
    return ports.flags();
  }

  /** Browser sessions: in the database, so that every server on it shares them. */
  public SessionRepository sessions() {
    return ports.sessions();
  }

  public InspectionSummaries inspectionSummaries() {
    return ports.inspectionSummaries();
  }

  public ActionSummaries actionSummaries() {
    return ports.actionSummaries();
  }

  /** Full-text search of recommendations, findings and actions, by the store's own index. */
  public TextSearch textSearch() {
    return ports.textSearch();
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
