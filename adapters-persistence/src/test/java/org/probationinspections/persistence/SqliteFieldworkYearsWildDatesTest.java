package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wild fieldwork dates in a SQLite file. SQLite keeps dates as ISO text, and a year of five digits
 * or a negative one does not sort or parse as the walk over the years expects: before the walk was
 * bounded, such a row made the query run for ever.
 */
class SqliteFieldworkYearsWildDatesTest extends FieldworkYearsWildDatesContract {

  @TempDir Path folder;

  @Override
  protected Store openStore() {
    return Store.open(StoreLocation.sqlite(folder.resolve("data/inspections.db")));
  }

  @Override
  protected void bindFieldwork(PreparedStatement insert, int index, String isoDate)
      throws SQLException {
    // The text exactly as given, as the adapter writes LocalDate.toString().
    insert.setString(index, isoDate);
  }

  @Test
  void fieldworkYears_withMalformedTextInTheRangeStored_returns() throws SQLException {
    // Each sorts before the start of its own year, where the walk looks next.
    insertRaw("2021", "2020-00-01", "2020-");

    assertEquals(List.of(2023, 2021, 2020, 2019), fieldworkYears());
  }
}
