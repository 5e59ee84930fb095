package org.probationinspections.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.jdbc.unit.JdbcPdus;
import org.probationinspections.persistence.jdbc.unit.JdbcRegions;
import org.sqlite.SQLiteDataSource;

/**
 * How many connections (and so transactions) the units of work take, and how many statements the
 * records a transaction keeps spare it.
 */
class JdbcTransactionsTest {

  @TempDir Path folder;

  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger statements = new AtomicInteger();
  private JdbcTransactions transactions;
  private JdbcRegions regions;

  @BeforeEach
  void open() {
    Path file = folder.resolve("test.db");
    JdbcDatabase migrated = JdbcDatabase.sqlite(file);
    migrated.migrate();
    migrated.close();
    SQLiteDataSource sqlite = new SQLiteDataSource();
    sqlite.setUrl("jdbc:sqlite:" + file);
    Jdbi jdbi = Jdbi.create(new Counting(sqlite));
    jdbi.setSqlLogger(
        new SqlLogger() {
          @Override
          public void logAfterExecution(StatementContext context) {
            statements.incrementAndGet();
          }
        });
    transactions = new JdbcTransactions(jdbi, Dialect.SQLITE);
    regions = new JdbcRegions(transactions);
    regions.add(new Region(new RegionId("region-nw"), "North West"));
    connections.set(0);
  }

  @Test
  void readsOutsideAUnitOfWork_takeOneConnectionEach() {
    regions.findAll();
    regions.findById(new RegionId("region-nw"));
    regions.findByName("North West");

    assertEquals(3, connections.get());
  }

  @Test
  void aOneStatementRead_runsWithoutATransactionAlone_andInTheUnitOfWorkItIsPartOf() {
    boolean alone = transactions.readOneStatement(handle -> handle.isInTransaction());
    assertFalse(alone);
    assertEquals(1, connections.get());

    boolean joined =
        transactions.reading(
            () -> {
              regions.findAll();
              return transactions.readOneStatement(handle -> handle.isInTransaction());
            });

    assertTrue(joined);
    assertEquals(2, connections.get());
  }

  @Test
  void readsInsideAReadingUnitOfWork_shareOneConnection() {
    transactions.reading(
        () -> {
          regions.findAll();
          regions.findById(new RegionId("region-nw"));
          return regions.findByName("North West");
        });

    assertEquals(1, connections.get());
  }

  @Test
  void readingUnitsOfWorkInsideAWriteOne_shareItsConnection() {
    transactions.inTransaction(
        () -> {
          regions.add(new Region(new RegionId("region-ne"), "North East"));
          transactions.reading(() -> regions.findAll());
          return transactions.reading(() -> regions.findByName("North East"));
        });

    assertEquals(1, connections.get());
  }

  @Test
  void aRegionOrPduReadAgainInOneUnitOfWork_isReadOnce_andAfreshInTheNext() {
    JdbcPdus pdus = new JdbcPdus(transactions);
    RegionId northWest = new RegionId("region-nw");
    Pdu wirral = new Pdu(new PduId("pdu-wirral"), northWest, "Wirral", List.of());
    pdus.add(wirral);
    statements.set(0);

    Optional<Pdu> read =
        transactions.reading(
            () -> {
              regions.findByName("North West");
              regions.findById(northWest);
              regions.findById(northWest);
              pdus.findById(wirral.id());
              return pdus.findById(wirral.id());
            });

    assertEquals(Optional.of(wirral), read);
    assertEquals(2, statements.get());
    transactions.reading(() -> regions.findById(northWest));
    assertEquals(3, statements.get());
  }

  /** A data source that counts the connections asked of it. */
  private final class Counting implements DataSource {
    private final DataSource inner;

    Counting(DataSource inner) {
      this.inner = inner;
    }

    @Override
    public Connection getConnection() throws SQLException {
      connections.incrementAndGet();
      return inner.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      connections.incrementAndGet();
      return inner.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return inner.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      inner.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      inner.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return inner.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return inner.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return inner.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return inner.isWrapperFor(type);
    }
  }
}
