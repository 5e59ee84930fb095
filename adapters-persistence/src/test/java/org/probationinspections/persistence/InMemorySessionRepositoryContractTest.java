package org.probationinspections.persistence;

/** The session contract, in memory. */
class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.memory());
  }
}
