package org.probationinspections.persistence;

/** The concurrency contract on a real PostgreSQL server (embedded, shared by the suite). */
class PostgresConcurrencyContractTest extends ConcurrencyContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.parse(EmbeddedPostgresServer.freshMigratedDatabaseUrl()));
  }
}
