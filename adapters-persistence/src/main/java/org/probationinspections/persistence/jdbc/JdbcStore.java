package org.probationinspections.persistence.jdbc;

/**
 * A repository over the database: the unit of work its statements run in, and the dialect that
 * binds and reads the values the two databases hold differently (instants, dates).
 */
public abstract class JdbcStore {

  protected final JdbcTransactions transactions;
  protected final Dialect dialect;

  protected JdbcStore(JdbcTransactions transactions) {
    this.transactions = transactions;
    this.dialect = transactions.dialect();
  }
}
