package org.probationinspections.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Wild fieldwork dates on PostgreSQL, whose dates hold years beyond 9999 and before year one (the
 * year -0001 of ISO is 2 BC): the list of years keeps to the domain's range there too.
 */
class PostgresFieldworkYearsWildDatesTest extends FieldworkYearsWildDatesContract {

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.parse(EmbeddedPostgresServer.freshMigratedDatabaseUrl()));
  }

  @Override
  protected void bindFieldwork(PreparedStatement insert, int index, String isoDate)
      throws SQLException {
    // The driver writes a year below one as a BC year.
    insert.setObject(index, LocalDate.parse(isoDate));
  }
}
