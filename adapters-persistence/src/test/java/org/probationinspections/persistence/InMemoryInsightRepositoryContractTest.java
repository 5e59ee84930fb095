package org.probationinspections.persistence;

/** The insight contract, run against the in-memory adapter. */
class InMemoryInsightRepositoryContractTest extends InsightRepositoryContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.memory());
  }
}
