package org.probationinspections.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {

  @Test
  void credentialsBeforeTheHost_areTakenOutForTheDriver() {
    PostgresUrl url =
        PostgresUrl.parse("jdbc:postgresql://app:p%40ss@db:5432/inspections?ssl=true");

    assertEquals("jdbc:postgresql://db:5432/inspections?ssl=true", url.withoutCredentials());
    assertEquals(Optional.of("app"), url.user());
    assertEquals(Optional.of("p@ss"), url.password());
  }

  @Test
  void credentialsAsParameters_areLeftToTheDriver() {
    PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://db/inspections?user=app&password=x");

    assertEquals("jdbc:postgresql://db/inspections?user=app&password=x", url.withoutCredentials());
    assertEquals(Optional.empty(), url.user());
  }
}
