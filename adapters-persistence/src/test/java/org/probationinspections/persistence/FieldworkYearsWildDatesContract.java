package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's list of fieldwork years, over rows written straight into the database (the domain
 * refuses such dates now, but a store may hold them from before, or from a hand edit): a fieldwork
 * date with a year of five digits, or before year one, is left out and the walk over the years
 * ends. The time limit only guards against a query that never returns.
 */
abstract class FieldworkYearsWildDatesContract extends StoreContract {

  /** Far more than the query takes; there only so that a query that loops fails the test. */
  static final Duration HANG_GUARD = Duration.ofSeconds(10);

  /** Binds a fieldwork date, written as ISO text, as the adapter's own column type takes it. */
  protected abstract void bindFieldwork(PreparedStatement insert, int index, String isoDate)
      throws SQLException;

  @BeforeEach
  void saveInspections() {
    store.regions().add(NORTH_WEST);
    store.pdus().save(KNOWSLEY);
    store.inspections().save(Fixtures.inspection("kn23", KNOWSLEY, LocalDate.of(2023, 6, 15)));
    store.inspections().save(Fixtures.inspection("kn19", KNOWSLEY, LocalDate.of(2019, 12, 31)));
  }

  /** Inserts rows with these fieldwork dates, as the database reads their text, past the domain. */
  protected void insertRaw(String... fieldwork) throws SQLException {
    String url =
        store
            .location()
            .postgresUrl()
            .orElseGet(() -> "jdbc:sqlite:" + store.location().sqliteFile().orElseThrow());
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO inspections (id, pdu_id, framework_id, fieldwork_started, version)"
                    + " VALUES (?, ?, ?, ?, 1)")) {
      int n = 0;
      for (String date : fieldwork) {
        insert.setString(1, "wild-" + ++n);
        insert.setString(2, KNOWSLEY.id().value());
        insert.setString(3, Fixtures.FRAMEWORK.value());
        bindFieldwork(insert, 4, date);
        insert.executeUpdate();
      }
    }
  }

  protected List<Integer> fieldworkYears() {
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> store.inspectionSummaries().fieldworkYears());
  }

  @Test
  void fieldworkYears_withAFiveDigitYearStored_leavesItOut_andReturns() throws SQLException {
    insertRaw("+10000-01-01");

    assertEquals(List.of(2023, 2019), fieldworkYears());
  }

  @Test
  void fieldworkYears_withAYearBeforeYearOneStored_leavesItOut_andReturns() throws SQLException {
    insertRaw("-0001-01-01");

    assertEquals(List.of(2023, 2019), fieldworkYears());
  }

  @Test
  void fieldworkYears_withYearsJustOutsideTheDomainsRangeStored_leavesThemOut()
      throws SQLException {
    insertRaw("1899-12-31", "3000-01-01");

    assertEquals(List.of(2023, 2019), fieldworkYears());
  }
}
