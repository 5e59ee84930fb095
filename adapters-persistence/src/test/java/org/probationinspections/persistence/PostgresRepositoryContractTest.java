package org.probationinspections.persistence;

/**
 * The repository contracts, run against a real PostgreSQL server (embedded, shared by the suite).
 */
class PostgresRepositoryContractTest extends RepositoryContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.parse(EmbeddedPostgresServer.freshMigratedDatabaseUrl()));
  }
}
