package org.probationinspections.persistence.jdbc;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * Keeps SQLite's prepared statements, per physical connection, from one use to the next. SQLite
 * compiles every statement it is given ({@code sqlite3_prepare}), and neither Jdbi nor the pool
 * keep compiled statements (PostgreSQL's driver keeps its own, which is why this is SQLite's
 * alone): an import of one report runs about a hundred small statements, and compiling them was a
 * fifth of its time in the store.
 *
 * <p>The statements are prepared on the pooled connection's physical SQLite connection, so that the
 * pool, which closes the statements of a connection handed back to it, does not close these. A
 * statement is lent to one use at a time: a second use of the same SQL while the first is open (a
 * query inside the iteration of another) gets a statement of its own, closed after use. A statement
 * given back has its parameters cleared; a query's statement is reset when its result set is
 * closed, so a kept statement holds no read snapshot between uses. At most {@link #PER_CONNECTION}
 * statements are kept per connection, the least recently used closed first. When the pool retires a
 * connection, SQLite's driver finalizes its statements, and the cache forgets the connection the
 * next time a handle is opened.
 */
final class SqliteStatementCache implements StatementBuilderFactory {

  /** Statements kept per connection: more than the product's distinct statements. */
  static final int PER_CONNECTION = 256;

  private final Map<SQLiteConnection, Kept> byConnection = new IdentityHashMap<>();

  @Override
  public StatementBuilder createStatementBuilder(Connection connection) {
    SQLiteConnection physical;
    try {
      physical = connection.unwrap(SQLiteConnection.class);
    } catch (SQLException notSqlite) {
      return new DefaultStatementBuilder();
    }
    return new Builder(keptFor(physical));
  }

  /** The number of statements kept for all connections (for tests). */
  synchronized int size() {
    return byConnection.values().stream().mapToInt(kept -> kept.statements.size()).sum();
  }

  private synchronized Kept keptFor(SQLiteConnection physical) {
    byConnection.keySet().removeIf(SqliteStatementCache::isClosed);
    return byConnection.computeIfAbsent(physical, Kept::new);
  }

  private static boolean isClosed(SQLiteConnection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  /**
   * The statements kept for one physical connection. Only the thread that holds the connection from
   * the pool uses it, so it needs no lock of its own.
   */
  private static final class Kept {
    private final SQLiteConnection connection;
    private final LinkedHashMap<String, PreparedStatement> statements =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PER_CONNECTION) {
              return false;
            }
            closeQuietly(eldest.getValue());
            return true;
          }
        };

    Kept(SQLiteConnection connection) {
      this.connection = connection;
    }

    PreparedStatement borrow(String sql) throws SQLException {
      PreparedStatement kept = statements.remove(sql);
      if (kept != null && !kept.isClosed()) {
        return kept;
      }
      return connection.prepareStatement(sql);
    }

    void giveBack(String sql, PreparedStatement statement) {
      try {
        if (statement.isClosed()) {
          return;
        }
        statement.clearParameters();
        statement.clearBatch();
        PreparedStatement other = statements.putIfAbsent(sql, statement);
        if (other != null) {
          statement.close();
        }
      } catch (SQLException unusable) {
        closeQuietly(statement);
      }
    }
  }

  /** The builder of one handle: prepared statements from the connection's kept ones. */
  private static final class Builder implements StatementBuilder {
    private final Kept kept;
    private final DefaultStatementBuilder plain = new DefaultStatementBuilder();

    /** The statements this handle has borrowed and not given back, with their SQL. */
    private final Map<Statement, String> lent = new IdentityHashMap<>();

    Builder(Kept kept) {
      this.kept = kept;
    }

    @Override
    public Statement create(Connection connection, StatementContext context) throws SQLException {
      return plain.create(connection, context);
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context)
        throws SQLException {
      PreparedStatement statement = kept.borrow(sql);
      lent.put(statement, sql);
      return statement;
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext context)
        throws SQLException {
      return plain.createCall(connection, sql, context);
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
      String borrowed = lent.remove(statement);
      if (borrowed == null) {
        plain.close(connection, sql, statement);
        return;
      }
      kept.giveBack(borrowed, (PreparedStatement) statement);
    }

    /** The handle closes: anything still lent (a failed statement) is closed, not kept. */
    @Override
    public void close(Connection connection) {
      List<Statement> left = new ArrayList<>(lent.keySet());
      lent.clear();
      left.forEach(SqliteStatementCache::closeQuietly);
    }
  }

  private static void closeQuietly(Statement statement) {
    try {
      statement.close();
    } catch (SQLException ignored) {
      // Closing a statement that could not be used: nothing more to do with it.
    }
  }
}
