package org.probationinspections.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The session contract, in a SQLite file in a temporary folder. */
class SqliteSessionRepositoryContractTest extends SessionRepositoryContract {

  @TempDir Path folder;

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.sqlite(folder.resolve("data/inspections.db")));
  }
}
