package org.probationinspections.persistence;

/** The concurrency contract on the in-memory adapter. */
class InMemoryConcurrencyContractTest extends ConcurrencyContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.memory());
  }
}
