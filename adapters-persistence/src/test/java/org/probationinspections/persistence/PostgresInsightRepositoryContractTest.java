package org.probationinspections.persistence;

/** The insight contract, run against a real PostgreSQL server (embedded, shared by the suite). */
class PostgresInsightRepositoryContractTest extends InsightRepositoryContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.parse(EmbeddedPostgresServer.freshMigratedDatabaseUrl()));
  }
}
