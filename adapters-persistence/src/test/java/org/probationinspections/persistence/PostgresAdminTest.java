package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin chores on a real PostgreSQL: check with row counts, and the JSON export. */
class PostgresAdminTest {

  @TempDir Path folder;

  @Test
  void check_isHealthy_andBackupIsAJsonExportOfEveryTable() throws Exception {
    StoreLocation location = StoreLocation.parse(EmbeddedPostgresServer.freshDatabaseUrl());
    try (Store store = Store.open(location)) {
      Fixtures.saveKnowsleyInspection(store, "i-1", LocalDate.of(2022, 11, 7));
    }
    DatabaseAdmin admin = new DatabaseAdmin(location);

    DatabaseAdmin.CheckResult check = admin.check();
    Path export = admin.backup(folder.resolve("export.json"));

    assertTrue(check.isHealthy(), check.problems().toString());
    assertEquals(3L, check.rowCounts().get("recommendations"));
    JsonNode tables = new ObjectMapper().readTree(export.toFile()).get("tables");
    assertEquals(org.probationinspections.persistence.jdbc.Schema.TABLES.size(), tables.size());
    assertEquals("2022-11-07", tables.get("inspections").get(0).get("fieldwork_started").asText());
    assertEquals(2, tables.get("pdu_names").size());
  }
}
