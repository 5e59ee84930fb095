package org.probationinspections.persistence;

/** The repository contracts, run against the in-memory adapter. */
class InMemoryRepositoryContractTest extends RepositoryContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.memory());
  }
}
