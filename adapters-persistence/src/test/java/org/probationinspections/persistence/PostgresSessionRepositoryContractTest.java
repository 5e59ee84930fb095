package org.probationinspections.persistence;

/** The session contract, in a real PostgreSQL server (embedded, shared by the suite). */
class PostgresSessionRepositoryContractTest extends SessionRepositoryContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.parse(EmbeddedPostgresServer.freshMigratedDatabaseUrl()));
  }
}
