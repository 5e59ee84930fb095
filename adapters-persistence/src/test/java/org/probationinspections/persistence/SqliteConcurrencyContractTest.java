package org.probationinspections.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The concurrency contract on a SQLite file in a temporary folder. */
class SqliteConcurrencyContractTest extends ConcurrencyContract {

  @TempDir Path folder;

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.sqlite(folder.resolve("data/inspections.db")));
  }
}
