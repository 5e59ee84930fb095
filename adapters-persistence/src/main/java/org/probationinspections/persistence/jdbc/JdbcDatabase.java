package org.probationinspections.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.postgresql.ds.PGSimpleDataSource;
import org.probationinspections.persistence.jdbc.account.JdbcApiTokens;
import org.probationinspections.persistence.jdbc.account.JdbcSessions;
import org.probationinspections.persistence.jdbc.account.JdbcUsers;
import org.probationinspections.persistence.jdbc.flag.JdbcFlags;
import org.probationinspections.persistence.jdbc.history.JdbcAuditLog;
import org.probationinspections.persistence.jdbc.importing.JdbcImportLedger;
import org.probationinspections.persistence.jdbc.insight.JdbcConsolidationDecisions;
import org.probationinspections.persistence.jdbc.insight.JdbcTextSearch;
import org.probationinspections.persistence.jdbc.insight.JdbcThemeOverrides;
import org.probationinspections.persistence.jdbc.inspection.JdbcInspectionSummaries;
import org.probationinspections.persistence.jdbc.inspection.JdbcInspections;
import org.probationinspections.persistence.jdbc.plan.JdbcActionPlans;
import org.probationinspections.persistence.jdbc.plan.JdbcActionSummaries;
import org.probationinspections.persistence.jdbc.review.JdbcReviews;
import org.probationinspections.persistence.jdbc.unit.JdbcPdus;
import org.probationinspections.persistence.jdbc.unit.JdbcRegions;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** A database reached through JDBC: its dialect, its Jdbi, and its Flyway migrations. */
public final class JdbcDatabase {

  /** How long a SQLite writer waits for another one before giving up. */
  static final int BUSY_TIMEOUT_MILLIS = 5000;

  private final Dialect dialect;
  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final JdbcTransactions transactions;

  /** Pooled connections: enough for the web server's concurrent requests on a small machine. */
  static final int POOL_SIZE = 8;

  private final HikariDataSource pool;

  private JdbcDatabase(Dialect dialect, DataSource dataSource) {
    this.dialect = dialect;
    this.dataSource = dataSource;
    HikariConfig config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setMaximumPoolSize(POOL_SIZE);
    // No idle connections kept when unused, so that short-lived stores (tests, one command) hold
    // nothing: a connection is made on first use and retired after the idle timeout.
    config.setMinimumIdle(0);
    config.setIdleTimeout(10_000);
    config.setPoolName("inspections-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
    dialect.isolation().ifPresent(config::setTransactionIsolation);
    this.pool = new HikariDataSource(config);
    this.jdbi = Jdbi.create(pool);
    // One bound key serves every scope of a query, including the scope "all" that ignores it.
    jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
    if (dialect == Dialect.SQLITE) {
      jdbi.setStatementBuilderFactory(new SqliteStatementCache());
    }
    this.transactions = new JdbcTransactions(jdbi, dialect);
  }

  /**
   * A SQLite database file, created with its folder when missing. Every connection gets WAL mode,
   * enforced foreign keys, a busy timeout and synchronous=NORMAL (safe under WAL).
   */
  public static JdbcDatabase sqlite(Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + absolute, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + absolute);
    return new JdbcDatabase(Dialect.SQLITE, dataSource);
  }

  /**
   * A PostgreSQL database. The URL may carry the user and password as parameters ({@code
   * ?user=…&password=…}) or, as a convenience, before the host ({@code //user:secret@host/db}).
   */
  public static JdbcDatabase postgresql(String jdbcUrl) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    PostgresUrl url = PostgresUrl.parse(jdbcUrl);
    dataSource.setUrl(url.withoutCredentials());
    url.user().ifPresent(dataSource::setUser);
    url.password().ifPresent(dataSource::setPassword);
    return new JdbcDatabase(Dialect.POSTGRESQL, dataSource);
  }

  /** Brings the schema to the latest version; returns the migrations this call applied. */
  public List<AppliedMigration> migrate() {
    MigrateResult result = flyway(null).migrate();
    return result.migrations.stream()
        .map(m -> new AppliedMigration(m.version, m.description))
        .toList();
  }

  /**
   * Brings the schema to the latest version when it is behind; returns the migrations applied. When
   * the schema history already records every shipped migration ({@link Schema#MIGRATIONS}), each
   * applied with success, and nothing else, Flyway is not started: it would scan the jar for the
   * migration files and check their checksums to apply nothing, and that was the largest part of
   * opening a database at start. {@link #migrate} (the command {@code db migrate}) always runs
   * Flyway with its checks.
   */
  public List<AppliedMigration> migrateWhenBehind() {
    return isCurrent() ? List.of() : migrate();
  }

  private boolean isCurrent() {
    try {
      List<String> applied =
          jdbi.withHandle(
              handle ->
                  handle
                      .createQuery(
                          "SELECT version, success FROM flyway_schema_history"
                              + " WHERE version IS NOT NULL ORDER BY installed_rank")
                      .map(
                          (row, context) ->
                              row.getBoolean("success") ? row.getString("version") : "failed")
                      .list());
      return applied.equals(Schema.MIGRATIONS);
    } catch (JdbiException noHistoryYet) {
      return false;
    }
  }

  /** Brings the schema to the given version only (for tests of later migrations). */
  public List<AppliedMigration> migrateTo(String version) {
    MigrateResult result = flyway(version).migrate();
    return result.migrations.stream()
        .map(m -> new AppliedMigration(m.version, m.description))
        .toList();
  }

  private Flyway flyway(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration", dialect.ownMigrations())
            .placeholders(dialect.placeholders())
            .failOnMissingLocations(true);
    if (target != null) {
      configuration = configuration.target(target);
    }
    return configuration.load();
  }

  /** What the database's own integrity checks report; empty when all is well. */
  public List<String> integrityProblems() {
    return jdbi.withHandle(dialect::integrityProblems);
  }

  /** The number of rows of every table of the schema, in {@link Schema#TABLES} order. */
  public Map<String, Long> rowCounts() {
    return transactions.read(
        handle -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          for (String table : Schema.TABLES) {
            counts.put(table, handle.createQuery(Schema.countSql(table)).mapTo(Long.class).one());
          }
          return counts;
        });
  }

  /**
   * Writes a consistent copy to a new file: a SQLite database for SQLite, a JSON export of every
   * table for PostgreSQL. An existing file is never overwritten.
   */
  public void backup(Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute)) {
      throw new IllegalArgumentException("the backup file " + absolute + " exists already");
    }
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + absolute, e);
    }
    jdbi.useHandle(handle -> dialect.backup(handle, absolute));
  }

  /** Updates the planner's statistics after a bulk load (PostgreSQL's ANALYZE; see Store). */
  public void refreshStatistics() {
    if (dialect == Dialect.POSTGRESQL) {
      jdbi.useHandle(handle -> handle.execute("ANALYZE"));
    }
  }

  /** Closes the pooled connections. */
  public void close() {
    pool.close();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public JdbcTransactions transactions() {
    return transactions;
  }

  public JdbcRegions regions() {
    return new JdbcRegions(transactions);
  }

  public JdbcPdus pdus() {
    return new JdbcPdus(transactions);
  }

  public JdbcInspections inspections() {
    return new JdbcInspections(transactions);
  }

  public JdbcReviews reviews() {
    return new JdbcReviews(transactions);
  }

  public JdbcActionPlans actionPlans() {
    return new JdbcActionPlans(transactions);
  }

  public JdbcInspectionSummaries inspectionSummaries() {
    return new JdbcInspectionSummaries(transactions);
  }

  public JdbcActionSummaries actionSummaries() {
    return new JdbcActionSummaries(transactions);
  }

  public JdbcTextSearch textSearch() {
    return new JdbcTextSearch(transactions);
  }

  public JdbcImportLedger importLedger() {
    return new JdbcImportLedger(transactions);
  }

  public JdbcUsers users() {
    return new JdbcUsers(transactions);
  }

  public JdbcApiTokens apiTokens() {
    return new JdbcApiTokens(transactions);
  }

  public JdbcAuditLog auditLog() {
    return new JdbcAuditLog(transactions);
  }

  public JdbcThemeOverrides themeOverrides() {
    return new JdbcThemeOverrides(transactions);
  }

  public JdbcConsolidationDecisions consolidationDecisions() {
    return new JdbcConsolidationDecisions(transactions);
  }

  public JdbcFlags flags() {
    return new JdbcFlags(transactions);
  }

  public JdbcSessions sessions() {
    return new JdbcSessions(transactions);
  }

  /** One migration that Flyway applied: its version and description. */
  public record AppliedMigration(String version, String description) {}
}
