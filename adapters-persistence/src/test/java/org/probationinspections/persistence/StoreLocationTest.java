package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.persistence.StoreLocation.Kind;

class StoreLocationTest {

  @Test
  void blank_meansTheDefaultSqliteFile() {
    assertEquals(
        Optional.of(Path.of("./data/inspections.db")), StoreLocation.parse(" ").sqliteFile());
    assertEquals(StoreLocation.defaultLocation(), StoreLocation.parse(null));
  }

  @Test
  void memoryInBothSpellings_meansTheInMemoryStore() {
    assertEquals(Kind.MEMORY, StoreLocation.parse("memory").kind());
    assertEquals(Kind.MEMORY, StoreLocation.parse(":memory:").kind());
  }

  @Test
  void sqliteUrlAndPlainPath_meanASqliteFile() {
    assertEquals(
        Optional.of(Path.of("/var/lib/x.db")),
        StoreLocation.parse("jdbc:sqlite:/var/lib/x.db").sqliteFile());
    assertEquals(Optional.of(Path.of("rel/x.db")), StoreLocation.parse("rel/x.db").sqliteFile());
  }

  @Test
  void postgresUrl_isKeptWithItsCredentials_butShownMasked() {
    StoreLocation location =
        StoreLocation.parse("jdbc:postgresql://db:5432/inspections?user=app&password=s3cret");

    assertEquals(Kind.POSTGRESQL, location.kind());
    assertEquals(
        Optional.of("jdbc:postgresql://db:5432/inspections?user=app&password=s3cret"),
        location.postgresUrl());
    assertFalse(location.toString().contains("s3cret"), location.toString());
    assertFalse(
        StoreLocation.parse("jdbc:postgresql://app:s3cret@db/inspections")
            .toString()
            .contains("s3cret"));
  }

  @Test
  void inMemorySqliteUrl_isRefused_becauseEachConnectionWouldSeeItsOwnDatabase() {
    assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse("jdbc:sqlite::memory:"));
  }

  @Test
  void urlOfAnotherDatabase_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse("jdbc:mysql://db/x"));
  }
}
